/**
 * The observation form over the API: the steward's versioned taxonomy (a draft as a copy, key rules,
 * publishing, published versions immutable), the pair's form after the on-site dialogue (If-Match,
 * validation against its own version, submitting), and the analysts' summary that never shows an
 * organiser's identity or the internal comment and suppresses what rests on fewer than 5 organisers.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObservationForm, ObservationSummary, TaxonomyDetail, TaxonomySummary } from '../../src/shared/api/dialogue-observations.ts';
import type { DialogueState } from '../../src/shared/dialogues.ts';
import { seedObservationTaxonomy } from '../../src/server/modules/dialogues/observations/demo-taxonomy.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { caseIn, forceState } from '../support/dialogues.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let steward: Session;
let karin: Session;
let johan: Session;
let coordinator: Session;
let analyst: Session;
let rep: Session;
const SECRET = 'HEMLIG-INTERN-KOMMENTAR om rektorns ledarskap';

beforeAll(async () => {
  t = await createTestApp();
  // The lead seeds it with the demo data; seeding again changes nothing.
  await t.db.transaction((tx) => seedObservationTaxonomy(tx));
  await t.db.transaction((tx) => seedObservationTaxonomy(tx));
  steward = await signIn(t.app, 'forvaltare');
  karin = await signIn(t.app, 'ledare-skolverket');
  johan = await signIn(t.app, 'ledare-spsm');
  coordinator = await signIn(t.app, 'samordnare');
  analyst = await signIn(t.app, 'analytiker');
  rep = await signIn(t.app, 'huvudman-kommun');
});
afterAll(async () => t?.close());

/** A case brought to `state` directly (the meetings that lead there are tested elsewhere). */
const dialogueIn = async (organiserId: string, state: DialogueState) => (await caseIn(t, coordinator, organiserId, state)).id;

const get = (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(session) });
const put = (session: Session, url: string, version: number | null, payload: unknown) =>
  t.app.inject({ method: 'PUT', url, headers: as(session, version === null ? {} : { 'if-match': `"${version}"` }), payload: payload as object });
const post = (session: Session, url: string, version: number | null = null) =>
  t.app.inject({ method: 'POST', url, headers: as(session, version === null ? {} : { 'if-match': `"${version}"` }) });

async function taxonomies(): Promise<TaxonomySummary[]> {
  return (await get(steward, '/api/observation-taxonomies')).json().items;
}

describe('the taxonomy and a form against it', () => {
  let v1: TaxonomyDetail;
  let draft: TaxonomyDetail;
  let dialogueId: string;
  let form: ObservationForm;

  it('starts with the demo taxonomy as published version 1, readable by the agencies and analysts', async () => {
    const list = await taxonomies();
    expect(list.map((v) => `${v.versionNo}:${v.status}`)).toEqual(['1:published']);
    v1 = (await get(karin, `/api/observation-taxonomies/${list[0]!.id}`)).json();
    expect(v1.themes.map((x) => x.label)).toContain('Trygghet och studiero');
    expect((await get(analyst, '/api/observation-taxonomies')).statusCode).toBe(200);
    expect((await get(rep, '/api/observation-taxonomies')).statusCode).toBe(403);
    expect((await post(karin, '/api/observation-taxonomies/drafts')).statusCode).toBe(403);
  });

  it('refuses the form before the on-site dialogue, saying why', async () => {
    dialogueId = await dialogueIn(rep.organiserId!, 'pre_meeting_held');
    const res = await get(karin, `/api/dialogues/${dialogueId}/observation`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Observationsformuläret fylls i efter dialogen på plats. Dialogen har nu läget "Förmöte hållet".');
    expect((await put(karin, `/api/dialogues/${dialogueId}/observation`, 0, { entries: [] })).statusCode).toBe(409);
  });

  it('lets the pair fill in the form after the on-site dialogue, against the latest published version', async () => {
    await forceState(t.db, dialogueId, 'physical_held');
    const empty = await get(karin, `/api/dialogues/${dialogueId}/observation`);
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toMatchObject({ version: 0, entries: [], submittedAt: null, taxonomy: { versionNo: 1 } });
    const url = `/api/dialogues/${dialogueId}/observation`;

    expect((await put(karin, url, null, { entries: [] })).statusCode).toBe(428);
    const wrong = await put(karin, url, 0, { entries: [{ themeKey: 'trygghet-och-studiero', needKeys: ['analys-jamforelser'], level: 4 }] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual([{ path: 'entries.0.level', field: 'entries.0.level', message: 'Välj en nivå 1–3.' }]);
    const foreignNeed = await put(karin, url, 0, { entries: [{ themeKey: 'trygghet-och-studiero', needKeys: ['analys-jamforelser'], level: 3 }] });
    expect(foreignNeed.statusCode).toBe(400);
    expect(foreignNeed.json().error.details[0].message).toBe('Utvecklingsbehovet "analys-jamforelser" hör inte till temat "Trygghet och studiero" i version 1.');
    expect((await rows(t.db, sql`select 1 from observation_forms`))).toHaveLength(0);

    const saved = await put(karin, url, 0, {
      entries: [{ themeKey: 'uppfoljning-och-analys', needKeys: ['analys-jamforelser'], level: 3 }], internalComment: SECRET,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    form = saved.json();
    expect(form).toMatchObject({ version: 1, internalComment: SECRET, updatedByName: 'Karin Lindqvist' });
    expect(saved.headers.etag).toBe('"1"');
    // Johan edits from the version he read; a stale second save is refused and the first is kept.
    const stale = await put(johan, url, 0, { entries: [] });
    expect(stale.statusCode).toBe(412);
    expect((await get(johan, url)).json().entries).toHaveLength(1);
    expect((await get(rep, url)).statusCode).toBe(403);
    expect((await get(analyst, url)).statusCode).toBe(403);
  });

  it('keeps a published version as it is: edits go to a new draft, copied from the latest', async () => {
    const created = await post(steward, '/api/observation-taxonomies/drafts');
    expect(created.statusCode, created.body).toBe(201);
    draft = created.json();
    expect(draft).toMatchObject({ versionNo: 2, status: 'draft', version: 1 });
    expect(draft.themes).toEqual(v1.themes);
    const again = await post(steward, '/api/observation-taxonomies/drafts');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/Det finns redan ett utkast/);

    const v1Put = await put(steward, `/api/observation-taxonomies/${v1.id}/themes`, v1.version, { themes: [] });
    expect(v1Put.statusCode).toBe(409);
    expect(v1Put.json().error.message).toBe('Version 1 är publicerad och kan inte ändras. Skapa ett nytt utkast för ändringar.');
    expect((await post(steward, `/api/observation-taxonomies/${v1.id}/publish`, v1.version)).statusCode).toBe(409);
  });

  it('validates a draft with messages that name the field, and changes nothing', async () => {
    const url = `/api/observation-taxonomies/${draft.id}/themes`;
    const emptyLabel = await put(steward, url, draft.version, { themes: [{ ...draft.themes[0], label: '  ' }, ...draft.themes.slice(1)] });
    expect(emptyLabel.statusCode).toBe(400);
    expect(emptyLabel.json().error.details).toEqual([{ path: 'themes.0.label', field: 'themes.0.label', message: 'Ange en benämning.' }]);
    const badKey = await put(steward, url, draft.version, { themes: [{ key: 'Trygghet!', label: 'X', needs: [] }] });
    expect(badKey.json().error.details[0]).toMatchObject({ path: 'themes.0.key', message: 'Nyckeln får bara innehålla a–z, 0–9 och bindestreck.' });
    const duplicate = await put(steward, url, draft.version, { themes: [...draft.themes, { ...draft.themes[0], label: 'Kopia' }] });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().error.details[0].message).toMatch(/^Nyckeln "roller-och-ansvar" används redan \(themes\.0\.key\)/);
    const reused = await put(steward, url, draft.version, { themes: [...draft.themes, { key: 'analys-jamforelser', label: 'Jämförelser som tema', needs: [] }] });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.message).toMatch(/Nyckeln "analys-jamforelser" betyder utvecklingsbehovet "Använda jämförelser med liknande huvudmän och nationella värden" sedan version 1/);
    expect((await get(steward, `/api/observation-taxonomies/${draft.id}`)).json()).toMatchObject({ version: 1, themes: v1.themes });
  });

  it('saves a draft with a reworded theme, a removed need and a new theme, and publishes it when complete', async () => {
    const url = `/api/observation-taxonomies/${draft.id}/themes`;
    const themes = draft.themes.map((theme) => theme.key === 'roller-och-ansvar'
      ? { ...theme, label: 'Roller, ansvar och styrning', needs: theme.needs.slice(1) }
      : theme);
    const added = [...themes, { key: 'digitalisering', label: 'Digitalisering', needs: [] }];
    expect((await put(steward, url, null, { themes: added })).statusCode).toBe(428);
    const saved = await put(steward, url, draft.version, { themes: added });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2 });
    expect((await put(steward, url, draft.version, { themes: added })).statusCode).toBe(412);

    const incomplete = await post(steward, `/api/observation-taxonomies/${draft.id}/publish`, 2);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.details).toEqual([
      { path: `themes.${added.length - 1}.needs`, field: `themes.${added.length - 1}.needs`, message: 'Temat "Digitalisering" måste ha minst ett utvecklingsbehov.' },
    ]);
    added[added.length - 1] = { key: 'digitalisering', label: 'Digitalisering', needs: [{ key: 'digitalisering-strategi', label: 'En strategi för digitala verktyg' }] };
    draft = (await put(steward, url, 2, { themes: added })).json();
    const published = await post(steward, `/api/observation-taxonomies/${draft.id}/publish`, draft.version);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', versionNo: 2 });
    expect((await taxonomies()).map((v) => `${v.versionNo}:${v.status}`)).toEqual(['2:published', '1:published']);
    expect((await get(steward, `/api/observation-taxonomies/${v1.id}`)).json().themes).toEqual(v1.themes);
    const audit = await rows<{ event: string }>(t.db, sql`select event from audit_log where event like 'observation.taxonomy_%' order by seq`);
    expect(audit.map((a) => a.event)).toEqual(['observation.taxonomy_published', 'observation.taxonomy_saved', 'observation.taxonomy_saved', 'observation.taxonomy_saved', 'observation.taxonomy_published']);
  });

  it('keeps a form on the version it was started with; a new form uses the new version', async () => {
    const url = `/api/dialogues/${dialogueId}/observation`;
    const current: ObservationForm = (await get(karin, url)).json();
    expect(current.taxonomy.versionNo).toBe(1);
    // The need removed in version 2 is still valid in this version-1 form.
    const saved = await put(karin, url, current.version, {
      entries: [...current.entries, { themeKey: 'roller-och-ansvar', needKeys: ['ansvar-tydliggora-fordelning'], level: 2 }], internalComment: SECRET,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    form = saved.json();
    const other = await dialogueIn(rep.organiserId!, 'closed');
    expect((await get(karin, `/api/dialogues/${other}/observation`)).json().taxonomy.versionNo).toBe(2);
  });

  it('submits the form once; a submitted form does not change', async () => {
    const url = `/api/dialogues/${dialogueId}/observation`;
    const empty = await dialogueIn(rep.organiserId!, 'feedback_held');
    const nothing = await post(karin, `/api/dialogues/${empty}/observation/submit`, 0);
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error.details[0].message).toBe('Markera minst ett tema och spara formuläret innan du skickar in det.');
    expect((await post(karin, `${url}/submit`, form.version - 1)).statusCode).toBe(412);
    const submitted = await post(johan, `${url}/submit`, form.version);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().submittedAt).not.toBeNull();
    const late = await put(karin, url, submitted.json().version, { entries: [] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('Observationsformuläret är redan inskickat och kan inte ändras.');
    const audit = await rows<{ details: unknown }>(t.db, sql`select details from audit_log where event like 'observation.form_%'`);
    expect(JSON.stringify(audit)).not.toContain('HEMLIG');
  });
});

describe('the analysts\' summary', () => {
  let names: string[] = [];
  let ids: string[] = [];

  beforeAll(async () => {
    // Four more municipalities' forms noting follow-up and analysis: five organisers in all with the first one.
    const others = await rows<{ id: string; name: string }>(t.db, sql`select id, name from organisers
      where kind = 'kommun' and status = 'active' and id <> ${rep.organiserId} order by name_sort limit 4`);
    for (const organiser of others) {
      const id = await dialogueIn(organiser.id, 'physical_held');
      const saved = await put(johan, `/api/dialogues/${id}/observation`, 0, {
        entries: [{ themeKey: 'uppfoljning-och-analys', needKeys: ['analys-jamforelser', 'analys-till-beslut'], level: 3 }], internalComment: SECRET,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect((await post(johan, `/api/dialogues/${id}/observation/submit`, 1)).statusCode).toBe(200);
    }
    const own = await rows<{ name: string }>(t.db, sql`select name from organisers where id = ${rep.organiserId}`);
    names = [...others.map((o) => o.name), own[0]!.name];
    ids = [...others.map((o) => o.id), rep.organiserId!];
  });

  const summary = async (query = ''): Promise<{ body: string; json: ObservationSummary }> => {
    const res = await get(analyst, `/api/observations/summary${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return { body: res.body, json: res.json() };
  };

  it('counts each theme and need by organisers and forms, suppressing cells under 5 organisers', async () => {
    const { json } = await summary();
    expect(json.minGroupSize).toBe(5);
    const [group] = json.groups;
    expect(group).toMatchObject({ group: 'all', forms: 5, organisers: 5, suppressed: false, year: new Date().getFullYear() });
    const analysis = group!.themes.find((x) => x.key === 'uppfoljning-och-analys')!;
    expect(analysis).toMatchObject({ forms: 5, organisers: 5, suppressed: false });
    expect(analysis.needs.find((n) => n.key === 'analys-jamforelser')).toMatchObject({ forms: 5, organisers: 5 });
    expect(analysis.needs.find((n) => n.key === 'analys-till-beslut')).toMatchObject({ forms: null, organisers: null, suppressed: true });
    // Noted in the first form only: one organiser.
    expect(group!.themes.find((x) => x.key === 'roller-och-ansvar')).toMatchObject({ label: 'Roller, ansvar och styrning', forms: null, suppressed: true });
  });

  it('never shows an organiser\'s name or id, or the internal comment, in any grouping', async () => {
    for (const query of ['', '?groupBy=sizeClass', '?groupBy=kindGroup', `?year=${new Date().getFullYear()}`]) {
      const { body } = await summary(query);
      for (const text of [...names, ...ids, 'HEMLIG', dialogueIdPattern]) expect(body).not.toMatch(text);
    }
    const { json } = await summary('?groupBy=kindGroup');
    // All five are municipalities: the private group is empty, so nothing is hidden to protect.
    expect(json.groups.map((g) => `${g.group}:${g.organisers}`)).toEqual(['public:5', 'private:null']);
  });

  it('is for the roles that read aggregates', async () => {
    expect((await get(rep, '/api/observations/summary')).statusCode).toBe(403);
    expect((await get(karin, '/api/observations/summary')).statusCode).toBe(200);
    const bad = await get(analyst, '/api/observations/summary?groupBy=county');
    expect(bad.statusCode).toBe(400);
  });
});

/** Any uuid: the summary carries no ids at all. */
const dialogueIdPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
