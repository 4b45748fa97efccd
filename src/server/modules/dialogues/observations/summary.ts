/**
 * The national picture from the observation forms, for analysts: per year (and organiser group), how
 * many submitted forms and organisers each theme and development need was noted for. No organiser
 * identity and no free text leave here, and every count rests on at least the minimum of organisers.
 */
import type { ObservationSummary, SummaryGroup, SummaryGrouping } from '../../../../shared/api/dialogue-observations.ts';
import type { OrganiserKind, SizeClass } from '../../../../shared/organiser.ts';
import type { Database } from '../../../platform/db/database.ts';
import { GROUPS, groupOf, suppress, swedishYear, Tally } from './grouping.ts';
import { submittedFormRows, taxonomyLabels } from './repository.ts';
import type { ObservationEntry, ObservationTheme } from './schema.ts';

export interface FormRowForSummary {
  formId: string;
  submittedAt: Date | null;
  entries: ObservationEntry[];
  organiserId: string;
  sizeClass: SizeClass;
  kind: OrganiserKind;
}

interface LabelledTheme {
  key: string;
  label: string;
  needs: { key: string; label: string }[];
}

/** Themes in the order of the latest published version, then those only older versions had; newest label wins. */
export function themeIndex(versions: readonly { versionNo: number; status: string; themes: ObservationTheme[] }[]): LabelledTheme[] {
  const out: LabelledTheme[] = [];
  const published = versions.filter((v) => v.status === 'published').sort((a, b) => b.versionNo - a.versionNo);
  for (const version of published) {
    for (const theme of version.themes) {
      let target = out.find((t) => t.key === theme.key);
      if (!target) out.push(target = { key: theme.key, label: theme.label, needs: [] });
      for (const need of theme.needs) if (!target.needs.some((n) => n.key === need.key)) target.needs.push({ key: need.key, label: need.label });
    }
  }
  return out;
}

interface Bucket {
  total: Tally;
  themes: Map<string, Tally>;
  needs: Map<string, Tally>;
}

const cell = (tally: Tally | undefined) => ({ forms: tally?.items.size ?? 0, organisers: tally?.organisers.size ?? 0, suppressed: false });
const shown = <T extends { forms: number | null; organisers: number; suppressed: boolean }>(c: T) =>
  ({ ...c, forms: c.suppressed ? null : c.forms, organisers: c.suppressed ? null : c.organisers });

export function summariseObservations({ rows, themes, groupBy, year, minGroupSize }: {
  rows: readonly FormRowForSummary[]; themes: readonly LabelledTheme[]; groupBy: SummaryGrouping; year?: number | undefined; minGroupSize: number;
}): ObservationSummary {
  const buckets = new Map<number, Map<SummaryGroup, Bucket>>();
  for (const row of rows) {
    if (!row.submittedAt) continue;
    const y = swedishYear(row.submittedAt);
    if (year !== undefined && y !== year) continue;
    const byGroup = buckets.get(y) ?? new Map<SummaryGroup, Bucket>();
    buckets.set(y, byGroup);
    const group = groupOf(groupBy, row);
    const bucket = byGroup.get(group) ?? { total: new Tally(), themes: new Map(), needs: new Map() };
    byGroup.set(group, bucket);
    bucket.total.add(row.formId, row.organiserId);
    for (const entry of row.entries) {
      const theme = bucket.themes.get(entry.themeKey) ?? new Tally();
      theme.add(row.formId, row.organiserId);
      bucket.themes.set(entry.themeKey, theme);
      for (const needKey of entry.needKeys) {
        const need = bucket.needs.get(needKey) ?? new Tally();
        need.add(row.formId, row.organiserId);
        bucket.needs.set(needKey, need);
      }
    }
  }

  const partition = groupBy !== 'none';
  const groups: ObservationSummary['groups'] = [];
  for (const y of [...buckets.keys()].sort((a, b) => a - b)) {
    const byGroup = buckets.get(y)!;
    const names = GROUPS[groupBy];
    const totals = suppress(names.map((g) => cell(byGroup.get(g)?.total)), minGroupSize, partition);
    // A suppressed group hides all its cells, so its theme cells count as suppressed among their siblings.
    const themeCells = themes.map((theme) => suppress(
      names.map((g, i) => ({ ...cell(byGroup.get(g)?.themes.get(theme.key)), suppressed: totals[i]!.suppressed })), minGroupSize, partition));
    const needCells = themes.map((theme, t) => theme.needs.map((need) => suppress(
      names.map((g, i) => ({ ...cell(byGroup.get(g)?.needs.get(need.key)), suppressed: themeCells[t]![i]!.suppressed })), minGroupSize, partition)));
    names.forEach((group, i) => {
      const total = totals[i]!;
      groups.push({
        year: y, group, ...shown(total),
        themes: total.suppressed ? [] : themes.map((theme, t) => ({
          key: theme.key, label: theme.label, ...shown(themeCells[t]![i]!),
          needs: theme.needs.map((need, n) => ({ key: need.key, label: need.label, ...shown(needCells[t]![n]![i]!) })),
        })),
      });
    });
  }
  return { minGroupSize, groupBy, groups };
}

export async function observationSummary({ db, groupBy, year, minGroupSize }: {
  db: Database; groupBy: SummaryGrouping; year?: number | undefined; minGroupSize: number;
}): Promise<ObservationSummary> {
  const [rows, versions] = await db.read((q) => Promise.all([submittedFormRows(q), taxonomyLabels(q)]));
  return summariseObservations({ rows, themes: themeIndex(versions), groupBy, year, minGroupSize });
}
