/**
 * Consistency rules for a catalogue version, checked when a steward publishes a draft. The zod schema
 * already guarantees the shape of each element; these rules cover what only the whole document can
 * show:
 *
 * - every key is unique across all element kinds, because values, analysis bases and change requests
 *   refer to elements by key alone;
 * - a sub-goal refers only to indicators that exist and that are measured for its goal's school form;
 * - förskola has no national result measures, so a förskola sub-goal may only refer to indicators
 *   whose key starts with `ind.fsk.`. That prefix is reserved for förskola's process and conditions
 *   indicators (staffing, group sizes, participation) and must never be given to a result measure.
 *   A key rule rather than a flag keeps the schema unchanged and is visible to anyone who reads a key;
 * - every success factor has statements, otherwise the self-assessment has nothing to ask;
 * - an indicator that no sub-goal uses is only a warning: it is harmless, but usually a leftover.
 */
import { SCHOOL_FORM_LABELS } from '../../../shared/school-forms.ts';
import type { CatalogueContent, Indicator } from '../../../shared/api/catalogue.ts';

export const FORSKOLA_INDICATOR_PREFIX = 'ind.fsk.';

export type CatalogueFinding = { severity: 'error' | 'warning'; message: string };

/** All findings, errors and warnings, in document order within each rule. */
export function catalogueFindings(content: CatalogueContent): CatalogueFinding[] {
  return [
    ...duplicateKeys(content),
    ...subGoalReferences(content),
    ...factorsWithoutStatements(content),
    ...unusedIndicators(content),
  ];
}

/** The findings as Swedish messages; warnings start with "Varning:". Empty means consistent. */
export function catalogueProblems(content: CatalogueContent): string[] {
  return catalogueFindings(content).map((finding) => finding.message);
}

function allKeys(content: CatalogueContent): string[] {
  return [
    ...content.goals.flatMap((goal) => [goal.key, ...goal.subGoals.map((subGoal) => subGoal.key)]),
    ...content.indicators.map((indicator) => indicator.key),
    ...content.conditions.map((condition) => condition.key),
    ...content.successFactors.flatMap((factor) => [factor.key, ...factor.statements.map((statement) => statement.key)]),
  ];
}

function duplicateKeys(content: CatalogueContent): CatalogueFinding[] {
  const counts = new Map<string, number>();
  for (const key of allKeys(content)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count > 1)
    .map(([key, count]) => error(`Nyckeln "${key}" används ${count} gånger; varje element i katalogen måste ha en egen nyckel.`));
}

function subGoalReferences(content: CatalogueContent): CatalogueFinding[] {
  const indicators = new Map<string, Indicator>(content.indicators.map((indicator) => [indicator.key, indicator]));
  const findings: CatalogueFinding[] = [];
  for (const goal of content.goals) {
    const formLabel = SCHOOL_FORM_LABELS[goal.schoolForm].sv.toLowerCase();
    for (const subGoal of goal.subGoals) {
      for (const indicatorKey of subGoal.indicatorKeys) {
        const indicator = indicators.get(indicatorKey);
        if (!indicator) {
          findings.push(error(`Delmålet "${subGoal.key}" hänvisar till indikatorn "${indicatorKey}", som inte finns i katalogen.`));
          continue;
        }
        if (goal.schoolForm === 'forskola' && !indicatorKey.startsWith(FORSKOLA_INDICATOR_PREFIX)) {
          findings.push(error(
            `Delmålet "${subGoal.key}" hör till förskolan men hänvisar till "${indicatorKey}". Förskolan saknar nationella `
            + `resultatmått, så dess delmål får bara använda indikatorer vars nyckel börjar med "${FORSKOLA_INDICATOR_PREFIX}".`,
          ));
        }
        if (!indicator.schoolForms.includes(goal.schoolForm)) {
          findings.push(error(
            `Delmålet "${subGoal.key}" hänvisar till indikatorn "${indicatorKey}", som inte mäts för skolformen ${formLabel}.`,
          ));
        }
      }
    }
  }
  return findings;
}

function factorsWithoutStatements(content: CatalogueContent): CatalogueFinding[] {
  return content.successFactors
    .filter((factor) => factor.statements.length === 0)
    .map((factor) => error(`Framgångsfaktorn "${factor.key}" saknar påståenden att skatta i självskattningen.`));
}

function unusedIndicators(content: CatalogueContent): CatalogueFinding[] {
  const used = new Set(content.goals.flatMap((goal) => goal.subGoals.flatMap((subGoal) => subGoal.indicatorKeys)));
  return content.indicators
    .filter((indicator) => !used.has(indicator.key))
    .map((indicator) => warning(`Varning: indikatorn "${indicator.key}" används inte av något delmål.`));
}

function error(message: string): CatalogueFinding {
  return { severity: 'error', message };
}

function warning(message: string): CatalogueFinding {
  return { severity: 'warning', message };
}
