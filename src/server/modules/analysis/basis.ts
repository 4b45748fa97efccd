/**
 * Assembles one organiser's analysis basis from the catalogue version and the value cube: per school
 * form, each indicator under its sub-goal with trend, national and comparison-group values and the
 * expected value; the conditions; and the data gaps stated in words.
 */
import type { AnalysisBasis, IndicatorRow } from '../../../shared/api/analysis.ts';
import type { CatalogueContent, Indicator } from '../../../shared/api/catalogue.ts';
import { SCHOOL_FORM_LABELS, type SchoolForm } from '../../../shared/school-forms.ts';
import type { CubeData, GroupingAttributes } from './cube.ts';
import { expectedValue } from './expected.ts';
import { groupMean, latestYear, organiserTrend, type GroupDimension } from './figures.ts';

export interface BasisInput {
  cube: CubeData;
  catalogue: { id: string; label: string; content: CatalogueContent };
  organiser: AnalysisBasis['organiser'] & { schoolForms: { schoolForm: SchoolForm; childrenPupils: number }[] };
  vintage: AnalysisBasis['vintage'];
  selfAssessment: AnalysisBasis['selfAssessment'];
  minOrganisers: number;
}

function indicatorRow(input: BasisInput, schoolForm: SchoolForm, indicator: Indicator, self: GroupingAttributes): IndicatorRow {
  const { cube, organiser, minOrganisers } = input;
  const trend = organiserTrend(cube, organiser.id, schoolForm, indicator.key);
  const lastDataYear = cube.years.at(-1) ?? new Date().getFullYear();
  const year = latestYear(trend, lastDataYear);
  const latest = trend.find((t) => t.year === year);
  const actual = { value: latest?.value ?? null, n: latest?.n ?? null };
  const group = (dimension: GroupDimension) => groupMean(cube, schoolForm, indicator.key, year, minOrganisers, dimension, self);
  const { expected, reason } = expectedValue(cube, input.catalogue.content, organiser.id, schoolForm, indicator, year, actual);
  return {
    key: indicator.key, name: indicator.name, unit: indicator.unit, direction: indicator.direction, dataSource: indicator.dataSource,
    trend, latestYear: year,
    national: group('all'),
    sameKindAndSize: group('kindAndSize'),
    sameMunicipalityGroup: group('municipalityGroup'),
    expected,
    expectedMissingReason: expected ? null : reason,
  };
}

export function buildAnalysisBasis(input: BasisInput): AnalysisBasis {
  const { cube, catalogue, organiser } = input;
  const self: GroupingAttributes = { kind: organiser.kind, sizeClass: organiser.sizeClass, municipalityGroup: organiser.municipalityGroup };
  const indicators = new Map(catalogue.content.indicators.map((i) => [i.key, i]));
  const schoolForms = organiser.schoolForms.filter((f) => f.childrenPupils > 0).map(({ schoolForm, childrenPupils }) => {
    const gaps: string[] = [];
    const label = SCHOOL_FORM_LABELS[schoolForm].sv.toLowerCase();
    const goals = catalogue.content.goals.filter((g) => g.schoolForm === schoolForm).map((goal) => ({
      key: goal.key,
      text: goal.text,
      subGoals: goal.subGoals.map((sub) => {
        if (sub.indicatorKeys.length === 0) gaps.push(`Delmålet ”${sub.text}” har inget nationellt mått; följ upp det med egna underlag.`);
        const rows = sub.indicatorKeys.map((k) => indicators.get(k)).filter((i) => i !== undefined).map((i) => indicatorRow(input, schoolForm, i, self));
        for (const row of rows) {
          if (row.trend.every((t) => t.value === null)) gaps.push(`Uppgift saknas för ”${row.name}” samtliga år.`);
          const uncertain = row.trend.filter((t) => t.status === 'uncertain').length;
          if (uncertain > 0) gaps.push(`”${row.name}” bygger ${uncertain === 1 ? 'ett år' : `${uncertain} år`} på färre än 10 barn eller elever och är osäkert.`);
        }
        return { key: sub.key, priorityArea: sub.priorityArea, text: sub.text, indicators: rows };
      }),
    }));
    if (schoolForm === 'forskola') gaps.unshift('Förskolan har inga nationella resultatmått. Underlaget visar förutsättningar och de mått som finns för kvaliteten.');
    if (goals.length === 0) gaps.push(`Kvalitetssystemet har inga målsättningar för ${label} i versionen ${catalogue.label}.`);
    const conditions = catalogue.content.conditions.filter((c) => c.schoolForms.includes(schoolForm)).map((c) => {
      const trend = organiserTrend(cube, organiser.id, schoolForm, c.key);
      const year = latestYear(trend, cube.years.at(-1) ?? new Date().getFullYear());
      return {
        key: c.key, name: c.name, unit: c.unit, category: c.category, trend,
        national: groupMean(cube, schoolForm, c.key, year, input.minOrganisers, 'all', self),
      };
    });
    return { schoolForm, childrenPupils, goals, conditions, gaps };
  });
  return {
    organiser: { id: organiser.id, name: organiser.name, orgNumber: organiser.orgNumber, kind: organiser.kind, sizeClass: organiser.sizeClass, municipalityGroup: organiser.municipalityGroup },
    catalogue: { id: catalogue.id, label: catalogue.label },
    vintage: input.vintage,
    years: cube.years,
    schoolForms,
    selfAssessment: input.selfAssessment,
  };
}
