/**
 * PxWeb json-stat2 answers from Skolverket's statistics database, the tables "Underlag för analys
 * inom det nationella kvalitetssystemet" (one table per school form). The answer is a cube: `value`
 * lists every combination of the dimensions in row-major order (the last dimension varies fastest),
 * and the sparse `status` holds the suppression markers, which are kept as they are with no value.
 *
 * - Level: an organiser's organisation number is imported; a unit (`orgnr-skolenhetskod`) is skipped
 *   and counted, never aggregated; the country (`00`) is skipped and counted, as national figures
 *   are computed from the organisers' values.
 * - School form: a `skolform` dimension when the answer has one; otherwise the form chosen at upload;
 *   otherwise the form named in the answer's title ("Underlag för analys för grundskola …"). A chosen
 *   form that contradicts the title is a problem.
 * - n: the table's count measure ("Elever, antal") for the same organiser and year; it is used as n
 *   and not imported as a value. Without one, n is left to the registry (see value-import.ts).
 */
import { SCHOOL_FORM_LABELS, SCHOOL_FORMS, type SchoolForm } from '../../../../shared/school-forms.ts';
import { checkOrgNumber } from '../../registry/import/fields.ts';
import { jsonPlace, type Place, type ProblemLog } from '../../registry/import/problems.ts';
import { fold, parseSchoolForm } from '../../registry/import/vocabulary.ts';
import { markerChoices, parseMarker, parseYear, shown } from './fields.ts';
import { isObj } from './json.ts';
import { measureMatcher, pickMeasure, type MeasureMatch } from './measure-map.ts';
import { assignRoles, categoryPath, readDimensions, type Dimension } from './pxweb-dimensions.ts';
import type { ReaderInput, ReaderOutput } from './types.ts';

type Level = { kind: 'country' } | { kind: 'unit' } | { kind: 'organiser'; orgNumber: string } | { kind: 'bad' };

/** A category of a dimension as a place: `Fältet "dimension.variable.category.index.1" ("Elever, antal")`. */
function categoryPlace(dimension: Dimension, position: number): Place {
  const code = dimension.codes[position]!;
  const path = categoryPath(dimension, code);
  const label = dimension.labels[position];
  return { line: null, field: path, label: `Fältet "${path}"${label ? ` (${shown(label)})` : ''}`, ref: `i fältet "${path}"` };
}

export function readPxWeb(root: Record<string, unknown>, input: ReaderInput, out: ReaderOutput): void {
  const { log } = input;
  const dims = readDimensions(root, log);
  const roles = dims && assignRoles(root, dims, log);
  if (!dims || !roles) return;
  const sizes = dims.map((d) => d.codes.length);
  const total = sizes.reduce((a, b) => a * b, 1);
  const valueAt = cells(root.value, 'value', total, log);
  const statusAt = cells(root.status, 'status', total, log, true);
  if (!valueAt || !statusAt) return;
  const strides = sizes.map((_, k) => sizes.slice(k + 1).reduce((a, b) => a * b, 1));

  const levelDim = dims[roles.level]!;
  const timeDim = dims[roles.time]!;
  const measureDim = dims[roles.measure]!;
  const formDim = roles.schoolForm === null ? null : dims[roles.schoolForm]!;
  const levels = classifyLevels(levelDim, log);
  const years = timeDim.codes.map((code, i) => parseYear(code) ?? parseYear(timeDim.labels[i] ?? '')
    ?? void log.add(categoryPlace(timeDim, i), `tiden ${shown(code)} är inte ett läsår som "2024" eller "2024/25"`));
  const fixed = formDim ? null : fixedSchoolForm(root, input);
  if (!formDim && !fixed) return;
  const forms = formDim
    ? formDim.codes.map((code, i) => parseSchoolForm(code) ?? parseSchoolForm(formDim.labels[i] ?? '')
      ?? void log.add(categoryPlace(formDim, i), `skolformen ${shown(code)} känns inte igen`))
    : [fixed!.form];
  const measures = matchMeasures(measureDim, input, log);
  const countPosition = measures.findIndex((m) => m?.kind === 'count');
  if (countPosition < 0) {
    out.warnings.push('Svaret har inget mått med antal elever (till exempel ”Elever, antal”). Ta med det måttet i uttaget, så följer antalet med värdena.');
  }

  const describe = (coords: number[]): string => dims.map((d, k) => `${d.id} ${d.codes[coords[k]!]}`).join(', ');
  const cellPlace = (i: number, coords: number[], field: 'value' | 'status'): Place => {
    const path = `${field}[${i}]`;
    return { line: null, field: path, label: `Fältet "${path}" (${describe(coords)})`, ref: `i fältet "${path}"` };
  };
  const coords = new Array<number>(dims.length).fill(0);
  for (let i = 0; i < total; i++) {
    for (let k = 0; k < dims.length; k++) coords[k] = Math.floor(i / strides[k]!) % sizes[k]!;
    const m = measures[coords[roles.measure]!];
    if (!m || m.kind === 'count') continue;
    const level = levels[coords[roles.level]!]!;
    if (level.kind === 'country') out.skippedCountry++;
    if (level.kind === 'unit') out.skippedUnits++;
    const year = years[coords[roles.time]!];
    const schoolForm = forms[formDim ? coords[roles.schoolForm!]! : 0];
    if (level.kind !== 'organiser' || year === undefined || schoolForm === undefined) continue;

    const here = [...coords];
    const cell = readCell(valueAt(i), statusAt(i), () => cellPlace(i, here, 'value'), () => cellPlace(i, here, 'status'), log);
    if (!cell) continue;
    const countIndex = countPosition < 0 ? -1 : i + (countPosition - coords[roles.measure]!) * strides[roles.measure]!;
    const count = countIndex < 0 ? null : valueAt(countIndex);
    out.rows.push({
      organiser: { kind: 'orgNumber', orgNumber: level.orgNumber },
      schoolForm,
      measureKey: pickMeasure(m.candidates, schoolForm, input.measures),
      year,
      ...cell,
      n: typeof count === 'number' ? count : null,
      at: (field) => {
        switch (field) {
          case 'organiser': return categoryPlace(levelDim, here[roles.level]!);
          case 'year': return categoryPlace(timeDim, here[roles.time]!);
          case 'measure': return categoryPlace(measureDim, here[roles.measure]!);
          case 'schoolForm': return formDim ? categoryPlace(formDim, here[roles.schoolForm!]!) : fixed!.place;
          case 'n': return countIndex < 0 ? cellPlace(i, here, 'value') : cellPlace(countIndex, here.with(roles.measure, countPosition), 'value');
          case 'value':
          case 'row': return cellPlace(i, here, 'value');
        }
      },
    });
  }
}

/** `value` or `status` as a function of the cell index: a list, a sparse object, or (status only) one string for all. */
function cells(raw: unknown, name: string, total: number, log: ProblemLog, optional = false): ((i: number) => unknown) | null {
  if (raw === undefined && optional) return () => undefined;
  if (typeof raw === 'string' && optional) return () => raw;
  if (Array.isArray(raw)) {
    if (raw.length !== total) {
      log.add(jsonPlace(name), `listan har ${raw.length} värden men dimensionerna ger ${total} kombinationer`);
      return null;
    }
    return (i) => raw[i];
  }
  if (isObj(raw)) return (i) => raw[String(i)];
  log.add(jsonPlace(name), optional ? 'väntade ett objekt med markeringar per cell' : 'värdena saknas; väntade en lista "value"');
  return null;
}

function readCell(raw: unknown, rawStatus: unknown, valuePlace: () => Place, statusPlace: () => Place, log: ProblemLog) {
  if (typeof rawStatus === 'string' && rawStatus.trim() !== '') {
    const marker = parseMarker(rawStatus);
    if (marker) return { value: null, status: marker };
    return void log.add(statusPlace(), `okänd markering ${shown(rawStatus)}; kända markeringar är ${markerChoices}`);
  }
  if (raw === null || raw === undefined) return { value: null, status: '.' as const };
  if (typeof raw === 'number' && Number.isFinite(raw)) return { value: raw, status: null };
  const marker = typeof raw === 'string' ? parseMarker(raw) : null;
  if (marker) return { value: null, status: marker };
  return void log.add(valuePlace(), `värdet ska vara ett tal, null eller en markering (${shown(String(raw))})`);
}

function classifyLevels(dimension: Dimension, log: ProblemLog): Level[] {
  const seen = new Map<string, number>();
  return dimension.codes.map((raw, i): Level => {
    const code = raw.trim();
    const place = categoryPlace(dimension, i);
    if (/^0+$/.test(code)) return { kind: 'country' };
    if (/^\d{6}-?\d{4}-\d{8}$/.test(code)) return { kind: 'unit' };
    if (!/^\d{6}-?\d{4}$/.test(code)) {
      log.add(place, `nivån ${shown(code)} är varken en huvudmans organisationsnummer, en skolenhet (organisationsnummer-skolenhetskod)`
        + ' eller riket ("00")');
      return { kind: 'bad' };
    }
    const orgNumber = checkOrgNumber(code, place, log);
    if (orgNumber === undefined) return { kind: 'bad' };
    const earlier = seen.get(orgNumber);
    if (earlier !== undefined) {
      log.add(place, `huvudmannen ${orgNumber} finns redan ${categoryPlace(dimension, earlier).ref}`);
      return { kind: 'bad' };
    }
    seen.set(orgNumber, i);
    return { kind: 'organiser', orgNumber };
  });
}

function matchMeasures(dimension: Dimension, input: ReaderInput, log: ProblemLog): (MeasureMatch | null)[] {
  const match = measureMatcher(input.measures);
  const seen = new Map<string, number>();
  return dimension.codes.map((code, i) => {
    const found = match(code, dimension.labels[i] ?? '');
    if (!found) {
      log.add(categoryPlace(dimension, i), `måttet ${shown(code)} motsvarar ingen`
        + ' indikator eller förutsättning i kvalitetssystemet; ange måttets nyckel som kod (t.ex. "ind.gr.meritvarde")'
        + ' eller måttets namn i kvalitetssystemet som benämning');
      return null;
    }
    if (found.kind === 'measure') {
      const key = found.candidates.join('|');
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        log.add(categoryPlace(dimension, i), `måttet ${shown(code)} motsvarar samma mått (${found.candidates.join(' eller ')}) som`
          + ` ${shown(dimension.codes[earlier]!)}`);
        return null;
      }
      seen.set(key, i);
    }
    return found;
  });
}

/** Longest first, so that "anpassad grundskola" is found before "grundskola". */
const FORM_WORDS: readonly (readonly [string, SchoolForm])[] = ([
  ...SCHOOL_FORMS.map((form) => [fold(SCHOOL_FORM_LABELS[form].sv), form] as const),
  ['grundsarskola', 'anpassad_grundskola'], ['gymnasiesarskola', 'anpassad_gymnasieskola'], ['vuxenutbildning', 'komvux'],
] as const satisfies readonly (readonly [string, SchoolForm])[]).toSorted((a, b) => b[0].length - a[0].length);

/** The one school form a title names, or null when it names none or several. */
export function schoolFormInTitle(title: string): SchoolForm | null {
  let text = fold(title);
  const found = new Set<SchoolForm>();
  for (const [word, form] of FORM_WORDS) {
    const pattern = new RegExp(`(?<![a-z])${word}`, 'g');
    if (pattern.test(text)) {
      found.add(form);
      text = text.replace(pattern, ' ');
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

const CHOSEN_FORM: Place = { line: null, field: 'skolform', label: 'Vald skolform', ref: 'i den valda skolformen' };

function fixedSchoolForm(root: Record<string, unknown>, input: ReaderInput): { form: SchoolForm; place: Place } | null {
  const title = typeof root.label === 'string' ? root.label : '';
  const named = schoolFormInTitle(title);
  if (input.schoolForm) {
    if (named && named !== input.schoolForm) {
      input.log.add(jsonPlace('label'), `du valde skolformen ${SCHOOL_FORM_LABELS[input.schoolForm].sv.toLowerCase()} men svaret gäller`
        + ` ${SCHOOL_FORM_LABELS[named].sv.toLowerCase()} enligt rubriken ${shown(title)}`);
      return null;
    }
    return { form: input.schoolForm, place: CHOSEN_FORM };
  }
  if (named) return { form: named, place: jsonPlace('label') };
  input.log.add(jsonPlace('label'), `svaret anger inte vilken skolform det gäller${title ? ` (rubriken är ${shown(title)})` : ''};`
    + ' välj skolform vid importen');
  return null;
}
