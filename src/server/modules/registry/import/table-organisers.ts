/** Rows of the organiser layout (CSV file or the "Huvudmän" sheet). */
import type { ReadContext, ReadOutput } from './context.ts';
import { checkMunicipality, checkName, checkOrgNumber, shown } from './fields.ts';
import { type Place, tablePlace } from './problems.ts';
import { cell, type RowReader } from './rows.ts';
import { kindChoices, organiserStatusChoices, parseOrganiserKind, parseOrganiserStatus } from './vocabulary.ts';

export function readOrganiserRows(reader: RowReader, ctx: ReadContext, out: ReadOutput): void {
  const firstSeen = new Map<string, Place>();
  for (const row of reader.rows) {
    const at = (column: string): Place => tablePlace(reader.sheet, row.line, column);
    const get = (column: string): string => cell(reader, row, column);

    const orgNumber = checkOrgNumber(get('organisationsnummer'), at('organisationsnummer'), ctx.log);
    const name = checkName(get('namn'), at('namn'), ctx.log);
    const kindRaw = get('huvudmannatyp');
    const kind = parseOrganiserKind(kindRaw) ?? undefined;
    if (kind === undefined) {
      ctx.log.add(at('huvudmannatyp'), kindRaw === ''
        ? 'huvudmannatyp saknas'
        : `okänd huvudmannatyp ${shown(kindRaw)}; tillåtna är ${kindChoices}`);
    }
    const municipalityCode = checkMunicipality(get('kommunkod'), at('kommunkod'), ctx.log, ctx.knownMunicipalityCodes);
    const statusRaw = get('status');
    const status = statusRaw === '' ? 'active' : parseOrganiserStatus(statusRaw) ?? undefined;
    if (status === undefined) ctx.log.add(at('status'), `okänd status ${shown(statusRaw)}; tillåtna är ${organiserStatusChoices}`);

    if (orgNumber === undefined) continue;
    out.fileOrgNumbers.add(orgNumber);
    const first = firstSeen.get(orgNumber);
    if (first) {
      ctx.log.add(at('organisationsnummer'), `organisationsnumret ${orgNumber} finns redan ${first.ref}`);
      continue;
    }
    firstSeen.set(orgNumber, at('organisationsnummer'));
    if (name === undefined || kind === undefined || municipalityCode === undefined || status === undefined) continue;
    out.organisers.push({ orgNumber, name, kind, municipalityCode, status, line: row.line });
  }
}
