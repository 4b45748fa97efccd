/** Value import through the API: dry run, nothing written on a problem, one transaction with its import row and audit record, idempotent. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { multipartFile } from '../support/multipart.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let admin: Session;
let steward: Session;
/** A municipal organiser with grundskola units, and an independent one, from the demo registry. */
let kommun: { id: string; org_number: string; municipality_code: string };
let other: { id: string; org_number: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin');
  steward = await signIn(t.app, 'forvaltare');
  [kommun] = await rows(t.db, sql`
    select o.id, o.org_number, o.municipality_code from organisers o
    where o.kind = 'kommun' and exists (
      select 1 from school_units u join unit_school_forms f on f.unit_id = u.id
      where u.organiser_id = o.id and u.status = 'active' and f.school_form = 'grundskola' and f.children_pupils > 0)
    order by o.org_number limit 1`) as [typeof kommun];
  [other] = await rows(t.db, sql`select id, org_number from organisers where kind = 'aktiebolag' order by org_number limit 1`) as [typeof other];
});
afterAll(async () => t?.close());

const upload = (session: Session, name: string, content: string, dryRun: boolean, query = '') => {
  const file = multipartFile('file', name, content);
  return t.app.inject({ method: 'POST', url: `/api/imports/values?dryRun=${dryRun}${query}`, headers: as(session, file.headers), payload: file.body });
};

/** Everything an import writes, to prove that a refused one wrote nothing. */
const snapshot = async () => ({
  values: await rows(t.db, sql`select organiser_id, school_form, measure_key, year, value, n, status, import_id from measure_values
    order by organiser_id, school_form, measure_key, year`),
  imports: await rows(t.db, sql`select id, label, source, rows from value_imports order by imported_at`),
  audit: await rows(t.db, sql`select count(*)::int as n from audit_log where event = 'import.applied'`),
});

const csv = (lines: string[]) => ['organisationsnummer;skolform;matt;ar;varde;n;status', ...lines].join('\r\n');

/** A UFA grundskola answer: count and share, the municipal organiser, one of its units and the country. */
const pxweb = (share2024: number) => JSON.stringify({
  version: '2.0', class: 'dataset', label: 'Underlag för analys för grundskola efter mått, huvudman och läsår',
  id: ['variable', 'level', 'time'], size: [2, 3, 2], role: { time: ['time'] },
  dimension: {
    variable: { label: 'mått', category: { index: { 0: 0, 1: 1 }, label: { 0: 'Elever, antal', 1: 'Andel elever med lägst E i samtliga ämnen åk 9' } } },
    level: { label: 'huvudman/skolenhet', category: { index: { [kommun.org_number]: 0, [`${kommun.org_number}-87313898`]: 1, '00': 2 } } },
    time: { label: 'läsår', category: { index: { 2023: 0, 2024: 1 }, label: { 2023: '2023/24', 2024: '2024/25' } } },
  },
  value: [640, 655, 80, 82, 110_000, 111_000, null, share2024, 71.5, 72.5, 74.1, 74.9],
  status: { 6: '..' },
});

describe('value import', () => {
  it('a dry run reports what would change and writes nothing', async () => {
    const before = await snapshot();
    const res = await upload(admin, 'varden.csv', csv([
      `${other.org_number};grundskola;ind.gr.meritvarde;2024;231,5;48;`,
      `${other.org_number};grundskola;ind.gr.betyg-alla-amnen;2024;..;8;`,
    ]), true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      dryRun: true, ok: true, format: 'csv', problems: [], importId: null,
      summary: { values: 2, inserted: 2, updated: 0, unchanged: 0, skippedCountry: 0, skippedUnits: 0 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file with one bad row, naming the row, and writes nothing', async () => {
    const before = await snapshot();
    const res = await upload(admin, 'varden.csv', csv([
      `${other.org_number};grundskola;ind.gr.meritvarde;2024;231,5;48;`,
      `${other.org_number};grundskola;ind.gr.betyg-alla-amnen;2024;112;48;`,
      `${other.org_number};grundskola;ind.gr.meritvarde;2023;228;45;`,
    ]), false);
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body).toMatchObject({ ok: false, dryRun: false, importId: null });
    expect(body.problems).toEqual([{
      line: 3, field: 'varde',
      message: 'Rad 3, kolumn "varde": värdet 112 ligger utanför det tillåtna för "ind.gr.betyg-alla-amnen" (procent, 0–100).',
    }]);
    expect(await snapshot()).toEqual(before);
  });

  it('applies a PxWeb answer in one transaction with one import row and one audit record', async () => {
    const before = await snapshot();
    const res = await upload(admin, 'ufa-grundskola.json', pxweb(73.4), false);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      dryRun: false, ok: true, format: 'pxweb',
      summary: { values: 2, inserted: 2, updated: 0, unchanged: 0, skippedCountry: 2, skippedUnits: 2 },
    });
    const stored = await rows(t.db, sql`select measure_key, year, value, n, status, import_id from measure_values
      where organiser_id = ${kommun.id} order by year`);
    expect(stored).toEqual([
      { measure_key: 'ind.gr.betyg-alla-amnen', year: 2023, value: null, n: 640, status: '..', import_id: body.importId },
      { measure_key: 'ind.gr.betyg-alla-amnen', year: 2024, value: 73.4, n: 655, status: null, import_id: body.importId },
    ]);
    const [load] = await rows(t.db, sql`select v.label, v.source, v.rows, u.name from value_imports v join users u on u.id = v.imported_by
      where v.id = ${body.importId}`);
    expect(load).toEqual({ label: 'Skolverkets statistikdatabas (PxWeb): ufa-grundskola.json', source: 'pxweb', rows: 2, name: 'Eva Björk' });
    const [record] = await rows<{ event: string; entity_type: string; details: Record<string, unknown> }>(t.db, sql`
      select event, entity_type, details from audit_log where entity_id = ${body.importId}`);
    expect(record).toMatchObject({ event: 'import.applied', entity_type: 'value_import', details: { source: 'pxweb', inserted: 2, updated: 0, skippedUnits: 2 } });
    const after = await snapshot();
    expect(after.values).toHaveLength(before.values.length + 2);
    expect(after.imports).toHaveLength(before.imports.length + 1);
    expect(after.audit).toEqual([{ n: (before.audit[0] as { n: number }).n + 1 }]);
  });

  it('importing the same file again changes nothing, and a changed value is an update', async () => {
    const before = await snapshot();
    const again = (await upload(admin, 'ufa-grundskola.json', pxweb(73.4), false)).json();
    expect(again).toMatchObject({ ok: true, importId: null, summary: { values: 2, inserted: 0, updated: 0, unchanged: 2 } });
    expect(await snapshot()).toEqual(before);

    const changed = (await upload(admin, 'ufa-grundskola.json', pxweb(73.9), false)).json();
    expect(changed).toMatchObject({ ok: true, summary: { inserted: 0, updated: 1, unchanged: 1 } });
    expect(changed.importId).toEqual(expect.any(String));
  });

  it('lets the steward import Kolada values for the municipal organiser, with n from the registry', async () => {
    const kolada = JSON.stringify({ count: 2, values: [
      { kpi: 'N15005', municipality: kommun.municipality_code, period: 2024, values: [{ gender: 'T', value: 121_500, count: 1 }] },
      { kpi: 'N15005', municipality: '0000', period: 2024, values: [{ gender: 'T', value: 125_000, count: 290 }] },
    ] });
    const res = await upload(steward, 'kolada.json', kolada, false);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ ok: true, format: 'kolada', summary: { inserted: 1, skippedCountry: 1 } });
    expect(body.warnings).toEqual(['1 värde saknar antal barn eller elever i filen. För det används antalet barn och elever i huvudmannens aktiva enheter i skolformen enligt registret.']);
    const [{ pupils }] = await rows<{ pupils: number }>(t.db, sql`select sum(f.children_pupils)::int as pupils from unit_school_forms f
      join school_units u on u.id = f.unit_id where u.organiser_id = ${kommun.id} and u.status = 'active' and f.school_form = 'grundskola'`) as [{ pupils: number }];
    expect(await rows(t.db, sql`select value, n from measure_values where organiser_id = ${kommun.id} and measure_key = 'cond.kostnad-per-elev'`))
      .toEqual([{ value: 121_500, n: pupils }]);
  });

  it('refuses organisers outside the registry and roles other than admin and steward', async () => {
    const unknown = await upload(admin, 'varden.csv', csv(['5566778899;grundskola;ind.gr.meritvarde;2024;231;48;']), true);
    expect(unknown.json().problems[0]).toMatchObject({ line: 2, field: 'organisationsnummer', message: expect.stringMatching(/5566778899 finns inte i registret/) });
    for (const persona of ['samordnare', 'analytiker', 'huvudman-kommun']) {
      const res = await upload(await signIn(t.app, persona), 'varden.csv', csv([]), true);
      expect(res.statusCode).toBe(403);
    }
  });
});
