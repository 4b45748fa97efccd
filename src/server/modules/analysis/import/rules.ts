/**
 * The checks of values against the registry and the published catalogue, for every format alike:
 * the organiser exists; the measure is in the catalogue and measured for the school form (förskola
 * has no result measures); the year lies in 2000 … next year; the value lies in its unit's range; n
 * is a whole number ≥ 0; and no organiser × school form × measure × year comes twice. A problem that
 * many values share (a PxWeb level code unknown to the registry) is reported once.
 */
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import { SCHOOL_FORM_LABELS } from '../../../../shared/school-forms.ts';
import { formatSv, type Place, type ProblemLog } from '../../registry/import/problems.ts';
import { FORSKOLA_INDICATOR_PREFIX } from '../../catalogue/consistency.ts';
import { shown } from './fields.ts';
import type { CatalogueMeasure, RawValue } from './types.ts';

export const FIRST_YEAR = 2000;
const MAX_N = 10_000_000;

/**
 * What a value may be, per unit of the catalogue. Measures whose key ends in `-skillnad` are
 * differences between two groups and may be negative down to minus the upper bound.
 */
const UNIT_RANGES: Record<string, { name: string; min: number; max: number }> = {
  percent: { name: 'procent', min: 0, max: 100 },
  points: { name: 'poäng', min: 0, max: 1000 },
  index: { name: 'index', min: 0, max: 100 },
  ratio: { name: 'kvot', min: 0, max: 10_000 },
  count: { name: 'antal', min: 0, max: MAX_N },
  sek: { name: 'kronor', min: 0, max: 1_000_000_000 },
};

export function valueRange(measure: CatalogueMeasure): { name: string; min: number; max: number } {
  const range = UNIT_RANGES[measure.unit] ?? { name: measure.unit, min: -Infinity, max: Infinity };
  return measure.key.endsWith('-skillnad') ? { ...range, min: -range.max } : range;
}

export interface RuleContext {
  measures: ReadonlyMap<string, CatalogueMeasure>;
  /** Organisation number (ten digits) → organiser id. */
  organiserIds: ReadonlyMap<string, string>;
  /** Municipality code → ids of the organisers of kind municipality with that home municipality. */
  municipalOrganisers: ReadonlyMap<string, readonly string[]>;
  currentYear: number;
}

export interface CheckedValue {
  organiserId: string;
  schoolForm: SchoolForm;
  measureKey: string;
  year: number;
  value: number | null;
  status: RawValue['status'];
  n: number | null;
}

const formName = (form: SchoolForm): string => SCHOOL_FORM_LABELS[form].sv.toLowerCase();

/** The values that pass every check; each failure is logged. The file may be applied only when the log stays empty. */
export function checkValues(rows: readonly RawValue[], ctx: RuleContext, log: ProblemLog): CheckedValue[] {
  const reported = new Set<string>();
  const add = (place: Place, reason: string): undefined => {
    const key = `${place.label}|${reason}`;
    if (!reported.has(key)) {
      reported.add(key);
      log.add(place, reason);
    }
    return undefined;
  };
  const seen = new Map<string, RawValue>();
  const out: CheckedValue[] = [];
  for (const row of rows) {
    const organiserId = organiserOf(row, ctx, add);
    const measureOk = checkMeasure(row, ctx, add);
    let ok = organiserId !== undefined && measureOk;
    if (row.year < FIRST_YEAR || row.year > ctx.currentYear + 1) {
      ok = add(row.at('year'), `året ${row.year} ligger utanför ${FIRST_YEAR}–${ctx.currentYear + 1}`) ?? false;
    }
    const measure = ctx.measures.get(row.measureKey);
    if (measure && row.value !== null) {
      const range = valueRange(measure);
      if (row.value < range.min || row.value > range.max) {
        ok = add(row.at('value'), `värdet ${formatSv(row.value)} ligger utanför det tillåtna för ${shown(measure.key)} (${range.name},`
          + ` ${formatSv(range.min)}–${formatSv(range.max)})`) ?? false;
      }
    }
    if (row.n !== null && !(Number.isInteger(row.n) && row.n >= 0 && row.n <= MAX_N)) {
      ok = add(row.at('n'), `antalet ska vara ett heltal, 0 eller större (${formatSv(row.n)})`) ?? false;
    }
    if (organiserId !== undefined) {
      const key = `${organiserId}|${row.schoolForm}|${row.measureKey}|${row.year}`;
      const first = seen.get(key);
      if (first) {
        ok = add(row.at('row'), `samma huvudman, skolform, mått och år finns redan ${first.at('row').ref}`) ?? false;
      } else seen.set(key, row);
    }
    if (ok) {
      out.push({
        organiserId: organiserId!, schoolForm: row.schoolForm, measureKey: row.measureKey, year: row.year,
        value: row.value, status: row.status, n: row.n,
      });
    }
  }
  return out;
}

type Add = (place: Place, reason: string) => undefined;

function organiserOf(row: RawValue, ctx: RuleContext, add: Add): string | undefined {
  if (row.organiser.kind === 'orgNumber') {
    return ctx.organiserIds.get(row.organiser.orgNumber)
      ?? add(row.at('organiser'), `huvudmannen ${row.organiser.orgNumber} finns inte i registret; importera huvudmannen först`);
  }
  const ids = ctx.municipalOrganisers.get(row.organiser.code) ?? [];
  if (ids.length === 1) return ids[0];
  return add(row.at('organiser'), ids.length === 0
    ? `det finns ingen kommun som huvudman med kommunkoden ${row.organiser.code} i registret`
    : `${ids.length} huvudmän av typen kommun har kommunkoden ${row.organiser.code}; värdet kan inte knytas till en av dem`);
}

function checkMeasure(row: RawValue, ctx: RuleContext, add: Add): boolean {
  const measure = ctx.measures.get(row.measureKey);
  if (!measure) {
    return add(row.at('measure'), `måttet ${shown(row.measureKey)} finns inte i den senast publicerade versionen av kvalitetssystemet`) ?? false;
  }
  if (row.schoolForm === 'forskola' && measure.key.startsWith('ind.') && !measure.key.startsWith(FORSKOLA_INDICATOR_PREFIX)) {
    return add(row.at('measure'), `förskolan har inga nationella resultatmått, så ${shown(measure.key)} kan inte importeras för förskola`) ?? false;
  }
  if (!measure.schoolForms.includes(row.schoolForm)) {
    return add(row.at('measure'), `måttet ${shown(measure.key)} (${measure.name}) mäts inte för ${formName(row.schoolForm)};`
      + ` det gäller ${measure.schoolForms.map(formName).join(', ')}`) ?? false;
  }
  return true;
}
