/**
 * The dimensions of a json-stat2 answer and what each one is: the level (organiser, unit or country),
 * the time, the measure, and optionally the school form. PxWeb names them by table ("level",
 * "ContentsCode", "variable", "Tid" …), so the role comes from the `role` object where the answer
 * gives one, else from the id or label.
 */
import { jsonPlace, type ProblemLog } from '../../registry/import/problems.ts';
import { fold } from '../../registry/import/vocabulary.ts';
import { isObj } from './json.ts';
import { shown } from './fields.ts';

export interface Dimension {
  id: string;
  label: string;
  /** Category codes in index order. */
  codes: string[];
  /** The label of each code ('' when the answer has none). */
  labels: string[];
}

export interface DimensionRoles {
  level: number;
  time: number;
  measure: number;
  schoolForm: number | null;
}

export const categoryPath = (dimension: Dimension, code: string): string => `dimension.${dimension.id}.category.index.${code}`;

/** The dimensions in `id` order, or null after logging why they cannot be read. */
export function readDimensions(root: Record<string, unknown>, log: ProblemLog): Dimension[] | null {
  const { id, size, dimension } = root;
  if (!Array.isArray(id) || !id.every((d) => typeof d === 'string')) {
    log.add(jsonPlace('id'), 'väntade en lista med dimensionernas namn, som i ett json-stat2-svar från PxWeb');
    return null;
  }
  if (!Array.isArray(size) || size.length !== id.length || !size.every((s) => Number.isInteger(s) && s >= 0)) {
    log.add(jsonPlace('size'), `väntade en lista med ${id.length} heltal, ett för varje dimension i "id"`);
    return null;
  }
  if (!isObj(dimension)) {
    log.add(jsonPlace('dimension'), 'dimensionerna saknas');
    return null;
  }
  const out: Dimension[] = [];
  let ok = true;
  (id as string[]).forEach((name, i) => {
    const read = readDimension(name, dimension[name], size[i] as number, log);
    if (read) out.push(read);
    else ok = false;
  });
  return ok ? out : null;
}

function readDimension(id: string, raw: unknown, size: number, log: ProblemLog): Dimension | null {
  const path = `dimension.${id}`;
  if (!isObj(raw) || !isObj(raw.category)) {
    log.add(jsonPlace(path), `dimensionen "${id}" saknas eller har ingen "category"`);
    return null;
  }
  const { index, label } = raw.category;
  const labels = isObj(label) ? label : {};
  let codes: string[];
  if (Array.isArray(index)) codes = index.map(String);
  else if (isObj(index)) {
    const slots: (string | undefined)[] = Array.from({ length: size }, () => undefined);
    for (const [code, position] of Object.entries(index)) {
      if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= size || slots[position] !== undefined) {
        log.add(jsonPlace(`${path}.category.index.${code}`), `positionen ${shown(String(position))} passar inte dimensionens storlek ${size}`);
        return null;
      }
      slots[position] = code;
    }
    codes = slots.filter((c) => c !== undefined);
  } else codes = Object.keys(labels);
  if (codes.length !== size) {
    log.add(jsonPlace(`${path}.category`), `dimensionen "${id}" har ${codes.length} kategorier men "size" anger ${size}`);
    return null;
  }
  return {
    id,
    label: typeof raw.label === 'string' ? raw.label : id,
    codes,
    labels: codes.map((code) => (typeof labels[code] === 'string' ? (labels[code] as string) : '')),
  };
}

const LEVEL_IDS = new Set(['level', 'niva', 'huvudman', 'organiser', 'organizer']);
const TIME_IDS = new Set(['time', 'tid', 'ar', 'lasar', 'year']);
const FORM_IDS = new Set(['schoolform', 'school form', 'skolform']);
const MEASURE_IDS = new Set(['contentscode', 'variable', 'matt', 'measure', 'tabellinnehall']);

/** Which dimension plays which part, or null after logging what is missing or not understood. */
export function assignRoles(root: Record<string, unknown>, dims: Dimension[], log: ProblemLog): DimensionRoles | null {
  const role = isObj(root.role) ? root.role : {};
  const named = (key: string): number => {
    const ids = role[key];
    return Array.isArray(ids) && typeof ids[0] === 'string' ? dims.findIndex((d) => d.id === ids[0]) : -1;
  };
  const find = (ids: Set<string>, labelWord?: string): number =>
    dims.findIndex((d) => ids.has(fold(d.id)) || (labelWord !== undefined && fold(d.label).includes(labelWord)));

  const level = find(LEVEL_IDS, 'huvudman');
  const time = named('time') >= 0 ? named('time') : find(TIME_IDS);
  const schoolForm = find(FORM_IDS);
  const taken = new Set([level, time, schoolForm]);
  let measure = named('metric') >= 0 ? named('metric') : find(MEASURE_IDS);
  if (measure < 0) {
    const rest = dims.map((_, i) => i).filter((i) => !taken.has(i));
    if (rest.length === 1) measure = rest[0]!;
  }
  const missing: string[] = [];
  if (level < 0) missing.push('huvudman ("level")');
  if (time < 0) missing.push('tid ("time")');
  if (measure < 0 || taken.has(measure)) missing.push('mått ("ContentsCode" eller "variable")');
  if (missing.length > 0) {
    log.add(jsonPlace('id'), `svaret saknar ${missing.length === 1 ? 'dimensionen' : 'dimensionerna'} ${missing.join(', ')}`
      + `; dimensionerna i svaret är ${dims.map((d) => `"${d.id}"`).join(', ')}`);
    return null;
  }
  taken.add(measure);
  // Another split (kön, årskurs …) would give several values for the same organiser, measure and year.
  const extra = dims.filter((d, i) => !taken.has(i) && d.codes.length > 1);
  for (const d of extra) {
    log.add(jsonPlace(`dimension.${d.id}`), `dimensionen "${d.id}" (${d.label}) delar upp värdena i ${d.codes.length} delar;`
      + ' välj en enda kategori i uttaget, eftersom ett värde gäller hela huvudmannen');
  }
  if (extra.length > 0) return null;
  return { level, time, measure, schoolForm: schoolForm < 0 ? null : schoolForm };
}
