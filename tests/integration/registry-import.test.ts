/** Registry import through the API: dry run, one transaction, idempotent, history, nothing written on error. */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { multipartFile } from '../support/multipart.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp({ env: { IMPORT_MAX_BYTES: '20000' } });
  admin = await signIn(t.app, 'admin');
});
afterAll(async () => t?.close());

const upload = (name: string, content: string | Uint8Array, dryRun: boolean) => {
  const file = multipartFile('file', name, content);
  return t.app.inject({ method: 'POST', url: `/api/imports/registry?dryRun=${dryRun}`, headers: as(admin, file.headers), payload: file.body });
};

/** Everything an import can touch, to prove that a refused one touched nothing. */
const snapshot = async () => ({
  organisers: await rows(t.db, sql`select org_number, name, kind, status, version, children_pupils from organisers order by org_number`),
  units: await rows(t.db, sql`select code, name, status, version from school_units order by code`),
  forms: await rows(t.db, sql`select count(*)::int as n, sum(children_pupils)::int as total from unit_school_forms`),
  audit: await rows(t.db, sql`select count(*)::int as n from audit_log where event like 'organiser.%' or event like 'unit.%'`),
});

const ORGANISERS = [
  'organisationsnummer;namn;huvudmannatyp;kommunkod;status',
  '556566-1815;Kunskapsskolan i Sverige Aktiebolag;Aktiebolag;0180;aktiv',
  '7696000012;Förskolan Humlan ekonomisk förening;Ekonomisk förening;2584;aktiv',
].join('\r\n');
const UNITS = [
  'skolenhetskod;namn;organisationsnummer;kommunkod;skolform;antal;status;latitud;longitud',
  '87654321;Kunskapsskolan Kista;5565661815;0180;grundskola;540;aktiv;59.40;17.94',
  '87654321;Kunskapsskolan Kista;5565661815;0180;fritidshem;120;aktiv;59.40;17.94',
  '87654322;Humlans förskola;7696000012;2584;förskola;38;aktiv;;',
].join('\n');

describe('registry import', () => {
  it('a dry run reports what would change and writes nothing', async () => {
    const before = await snapshot();
    const res = await upload('huvudman.csv', ORGANISERS, true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, ok: true, format: 'csv', summary: { organisers: { created: 2, updated: 0, unchanged: 0 } } });
    expect(await snapshot()).toEqual(before);
  });

  it('imports organisers, then units, and keeps each change in the organiser history', async () => {
    expect((await upload('huvudman.csv', ORGANISERS, false)).json().summary.organisers.created).toBe(2);
    const units = await upload('enheter.csv', UNITS, false);
    expect(units.statusCode).toBe(200);
    expect(units.json().summary.units).toEqual({ created: 2, updated: 0, unchanged: 0 });

    const list = (await t.app.inject({ method: 'GET', url: '/api/organisers?q=556566-1815', headers: as(admin) })).json();
    expect(list.items).toHaveLength(1);
    const kunskap = list.items[0];
    expect(kunskap).toMatchObject({ kind: 'aktiebolag', childrenPupils: 660, sizeClass: 'medium', municipalityCode: '0180' });
    expect(kunskap.schoolForms.sort()).toEqual(['fritidshem', 'grundskola']);
    const history = (await t.app.inject({ method: 'GET', url: `/api/organisers/${kunskap.id}/history`, headers: as(admin) })).json();
    expect(history.items.map((h: { event: string }) => h.event).sort()).toEqual(['organiser.created', 'unit.created']);
  });

  it('importing the same files twice changes nothing', async () => {
    const before = await snapshot();
    expect((await upload('huvudman.csv', ORGANISERS, false)).json().summary.organisers).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect((await upload('enheter.csv', UNITS, false)).json().summary.units).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await snapshot()).toEqual(before);
  });

  it('records an update with what changed', async () => {
    const changed = UNITS.replace('Humlans förskola;7696000012;2584;förskola;38', 'Humlans förskola;7696000012;2584;förskola;44');
    expect((await upload('enheter.csv', changed, false)).json().summary.units).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const humlan = (await t.app.inject({ method: 'GET', url: '/api/organisers?q=7696000012', headers: as(admin) })).json().items[0];
    expect(humlan.childrenPupils).toBe(44);
    const history = (await t.app.inject({ method: 'GET', url: `/api/organisers/${humlan.id}/history`, headers: as(admin) })).json();
    expect(history.items[0].event).toBe('unit.updated');
    expect(history.items[0].details.changes.schoolForms.to).toEqual([{ schoolForm: 'forskola', childrenPupils: 44 }]);
  });

  it('reads an XLSX workbook and a Windows-1252 CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Huvudmän');
    sheet.addRow(['organisationsnummer', 'namn', 'huvudmannatyp', 'kommunkod']);
    sheet.addRow(['8020001239', 'Stiftelsen Ängsbacken', 'stiftelse', '1880']);
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
    const xlsx = (await upload('huvudman.xlsx', buffer, true)).json();
    expect(xlsx).toMatchObject({ format: 'xlsx', ok: true, summary: { organisers: { created: 1 } } });

    const latin = iconv.encode('organisationsnummer;namn;huvudmannatyp;kommunkod\n556566-1815;Kunskapsskolan i Sverige Aktiebolag;Aktiebolag;0180\n', 'win1252');
    const res = (await upload('huvudman.csv', latin, true)).json();
    expect(res).toMatchObject({ ok: true, summary: { organisers: { unchanged: 1 } } });
  });

  it('refuses a bad file with every problem named, in Swedish, and writes nothing', async () => {
    const before = await snapshot();
    const bad = [
      'organisationsnummer;namn;huvudmannatyp;kommunkod',
      '5565661816;Fel kontrollsiffra AB;aktiebolag;0180',
      '5565661815;Dubblett AB;aktiebolag;0180',
      '5565661815;Dubblett igen AB;aktiebolag;0180',
      '2120000126;Okänd kommun;kommun;9999',
    ].join('\n');
    const res = await upload('huvudman.csv', bad, false);
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.ok).toBe(false);
    const text = body.problems.map((p: { message: string }) => p.message).join('\n');
    expect(text).toMatch(/kontrollsiffra/i);
    expect(text).toMatch(/9999/);
    expect(body.problems.map((p: { line: number | null }) => p.line)).toEqual(expect.arrayContaining([2, 4, 5]));
    expect(await snapshot()).toEqual(before);
  });

  it('refuses empty, malformed and oversized files', async () => {
    const before = await snapshot();
    expect((await upload('tom.csv', '', true)).json().problems[0].message).toMatch(/tom/i);
    expect((await upload('trasig.json', '{"data": [', true)).json().ok).toBe(false);
    const big = await upload('stor.csv', `organisationsnummer;namn;huvudmannatyp;kommunkod\n${'x'.repeat(30_000)}`, true);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toMatch(/största tillåtna storlek/);
    expect(await snapshot()).toEqual(before);
  });

  it('imports the school unit register v2 format without personal data', async () => {
    const { readFileSync } = await import('node:fs');
    const organiser = readFileSync(new URL('../../reference/formats/skolverket-skolenhetsregistret-v2__organizers_ORGNR.json', import.meta.url));
    const res = (await upload('organizer.json', organiser, true)).json();
    expect(res).toMatchObject({ format: 'register-v2', ok: true });
    expect(res.summary.organisers.created + res.summary.organisers.updated + res.summary.organisers.unchanged).toBe(1);
  });
});
