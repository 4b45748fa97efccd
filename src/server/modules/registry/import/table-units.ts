/**
 * Rows of the unit layout: one row per unit and school form. Rows of the same unit are merged; they
 * must agree on everything but school form and count, or the unit is rejected with a problem.
 */
import type { UnitStatus } from '../../../../shared/organiser.ts';
import { SCHOOL_FORM_LABELS, type SchoolForm } from '../../../../shared/school-forms.ts';
import type { ReadContext, ReadOutput } from './context.ts';
import { checkCoordinate, checkCount, checkMunicipality, checkName, checkOrgNumber, checkUnitCode, shown } from './fields.ts';
import { type Place, tablePlace } from './problems.ts';
import { cell, type RowReader, type TableRow } from './rows.ts';
import type { ImportUnit } from './types.ts';
import { parseSchoolForm, parseUnitStatus, schoolFormChoices, unitStatusChoices } from './vocabulary.ts';

/** The values every row of a unit must share; undefined = the cell had a problem. */
interface SharedValues {
  name: string | undefined;
  orgNumber: string | undefined;
  municipalityCode: string | undefined;
  status: UnitStatus | undefined;
  lat: number | null | undefined;
  lon: number | null | undefined;
}

const SHARED: readonly { key: keyof SharedValues; column: string; word: string }[] = [
  { key: 'name', column: 'namn', word: 'namnet' },
  { key: 'orgNumber', column: 'organisationsnummer', word: 'organisationsnumret' },
  { key: 'municipalityCode', column: 'kommunkod', word: 'kommunkoden' },
  { key: 'status', column: 'status', word: 'statusen' },
  { key: 'lat', column: 'latitud', word: 'latituden' },
  { key: 'lon', column: 'longitud', word: 'longituden' },
];

interface UnitRow {
  shared: SharedValues;
  schoolForm: SchoolForm | undefined;
  count: number | null | undefined;
}

interface Accumulated {
  unit: ImportUnit;
  first: { shared: SharedValues; row: TableRow };
  orgPlace: Place;
  /** Line of each school form's row, for "already on line n" problems. */
  formLines: Map<SchoolForm, number>;
  valid: boolean;
}

const isValid = (row: UnitRow): boolean =>
  Object.values(row.shared).every((v) => v !== undefined) && row.schoolForm !== undefined && row.count !== undefined;

export function readUnitRows(reader: RowReader, ctx: ReadContext, out: ReadOutput): void {
  const units = new Map<string, Accumulated>();
  for (const row of reader.rows) {
    const at = (column: string): Place => tablePlace(reader.sheet, row.line, column);
    const code = checkUnitCode(cell(reader, row, 'skolenhetskod'), at('skolenhetskod'), ctx.log);
    const parsed = readRow(reader, row, ctx);
    if (code === undefined) continue;

    let acc = units.get(code);
    if (acc === undefined) {
      const { shared } = parsed;
      acc = {
        unit: {
          code,
          name: shared.name ?? '',
          orgNumber: shared.orgNumber ?? '',
          municipalityCode: shared.municipalityCode ?? '',
          status: shared.status ?? 'active',
          lat: shared.lat ?? null,
          lon: shared.lon ?? null,
          swerefN: null,
          swerefE: null,
          schoolForms: [],
          line: row.line,
        },
        first: { shared, row },
        orgPlace: at('organisationsnummer'),
        formLines: new Map(),
        valid: true,
      };
      units.set(code, acc);
    } else {
      for (const { key, column, word } of SHARED) {
        const before = acc.first.shared[key];
        const now = parsed.shared[key];
        if (before === undefined || now === undefined || before === now) continue;
        const firstRef = tablePlace(reader.sheet, acc.first.row.line, null).ref;
        ctx.log.add(at(column), `skolenheten ${code} har ${word} ${shown(cell(reader, acc.first.row, column))} ${firstRef}`
          + ` men ${shown(cell(reader, row, column))} här; alla rader för en skolenhet ska ha samma värde i kolumnen`);
        acc.valid = false;
      }
    }
    if (parsed.schoolForm !== undefined) {
      const earlier = acc.formLines.get(parsed.schoolForm);
      if (earlier !== undefined) {
        ctx.log.add(at('skolform'), `skolformen ${SCHOOL_FORM_LABELS[parsed.schoolForm].sv} för skolenheten ${code}`
          + ` finns redan ${tablePlace(reader.sheet, earlier, null).ref}`);
        acc.valid = false;
      } else if (parsed.count !== undefined) {
        acc.formLines.set(parsed.schoolForm, row.line);
        acc.unit.schoolForms.push({ schoolForm: parsed.schoolForm, childrenPupils: parsed.count });
      }
    }
    acc.valid &&= isValid(parsed);
  }
  for (const acc of units.values()) {
    if (acc.valid) out.units.push({ unit: acc.unit, orgPlace: acc.orgPlace });
  }
}

/** One row's values, checked in column order so that its problems read left to right. */
function readRow(reader: RowReader, row: TableRow, ctx: ReadContext): UnitRow {
  const at = (column: string): Place => tablePlace(reader.sheet, row.line, column);
  const get = (column: string): string => cell(reader, row, column);

  const name = checkName(get('namn'), at('namn'), ctx.log);
  const orgNumber = checkOrgNumber(get('organisationsnummer'), at('organisationsnummer'), ctx.log);
  const municipalityCode = checkMunicipality(get('kommunkod'), at('kommunkod'), ctx.log, ctx.knownMunicipalityCodes);

  const formRaw = get('skolform');
  const schoolForm = parseSchoolForm(formRaw) ?? undefined;
  if (schoolForm === undefined) {
    ctx.log.add(at('skolform'), formRaw === '' ? 'skolform saknas' : `okänd skolform ${shown(formRaw)}; tillåtna är ${schoolFormChoices}`);
  }
  const count = checkCount(get('antal'), at('antal'), ctx.log);

  const statusRaw = get('status');
  const status = statusRaw === '' ? 'active' : parseUnitStatus(statusRaw) ?? undefined;
  if (status === undefined) ctx.log.add(at('status'), `okänd status ${shown(statusRaw)}; tillåtna är ${unitStatusChoices}`);

  let lat = checkCoordinate(get('latitud'), 'lat', at('latitud'), ctx.log);
  let lon = checkCoordinate(get('longitud'), 'lon', at('longitud'), ctx.log);
  if (lat !== undefined && lon !== undefined && (lat === null) !== (lon === null)) {
    const missing = lat === null ? 'latitud' : 'longitud';
    ctx.log.add(at(missing), `${missing} saknas; ange både latitud och longitud eller ingen av dem`);
    if (lat === null) lat = undefined;
    else lon = undefined;
  }
  return { shared: { name, orgNumber, municipalityCode, status, lat, lon }, schoolForm, count };
}
