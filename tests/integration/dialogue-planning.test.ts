/**
 * Cycles, rounds, eligibility and holds over the API: bad dates refused with Swedish messages naming
 * the field and nothing changed; every excluded organiser listed with its reason; the inspectorate's
 * idempotent API; opening a round as one transaction (all invited, or nothing changed and every
 * refused organiser named); collisions with holds; recording missing answers after the deadline; and
 * who may do what. Dates lie in 2099 so that nothing depends on today.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Collision, EligibilityList, Hold, RoundDetail } from '../../src/shared/api/dialogue-planning.ts';
import type { Actor } from '../../src/server/platform/http/access.ts';
import { recordNoAnswers } from '../../src/server/modules/dialogues/planning/opening.ts';
import { getRound } from '../../src/server/modules/dialogues/planning/rounds.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let coordinator: Session;
let inspectorate: Session;
let karin: Session;
let rep: Session;
let analyst: Session;
const users: Record<string, string> = {};
type Organiser = { id: string; name: string; orgNumber: string; officeCode?: string };
const org = {} as Record<'rep' | 'preschool' | 'ceased' | 'dormant' | 'a' | 'b' | 'c', Organiser>;
let cycleId = '';
let round1: RoundDetail;

const get = (session: Session | null, url: string) => t.app.inject({ method: 'GET', url, headers: session ? as(session) : {} });
const post = (session: Session, url: string, payload?: unknown, extra: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: as(session, extra), ...(payload === undefined ? {} : { payload: payload as object }) });
const count = async (table: string) => (await rows<{ n: number }>(t.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
const messages = (res: { json: () => { error: { details?: { path: string; message: string }[] } } }) =>
  Object.fromEntries((res.json().error.details ?? []).map((d) => [d.path, d.message]));
const pair = () => ({ leaderSkolverketId: users['demo:ledare-skolverket'], leaderSpsmId: users['demo:ledare-spsm'] });

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signIn(t.app, 'samordnare');
  inspectorate = await signIn(t.app, 'skolinspektionen');
  karin = await signIn(t.app, 'ledare-skolverket');
  rep = await signIn(t.app, 'huvudman-kommun');
  analyst = await signIn(t.app, 'analytiker');
  const preschool = await signIn(t.app, 'huvudman-forskola');
  for (const r of await rows<{ subject: string; id: string }>(t.db, sql`select subject, id from users where subject like 'demo:%'`)) users[r.subject] = r.id;
  const one = async (where: string) => (await rows<{ id: string; name: string; orgNumber: string }>(t.db, sql.raw(
    `select id, name, org_number as "orgNumber" from organisers where ${where} order by name_sort limit 1`)))[0]!;
  org.rep = await one(`id = '${rep.organiserId}'`);
  org.preschool = await one(`id = '${preschool.organiserId}'`);
  org.ceased = await one(`status = 'ceased'`);
  org.dormant = await one(`status = 'dormant'`);
  // Three municipalities of one county whose organisers have a contact person with an e-mail address.
  const municipal = await rows<Organiser>(t.db, sql`select o.id, o.name, o.org_number as "orgNumber", m.office_code as "officeCode"
    from organisers o join municipalities m on m.code = o.municipality_code
    where o.kind = 'kommun' and m.county_code = '14' and exists (select 1 from contact_persons c
      where c.organiser_id = o.id and c.email is not null and c.valid_from <= current_date and c.valid_to is null)
    order by o.name_sort limit 3`);
  [org.a, org.b, org.c] = municipal as [Organiser, Organiser, Organiser];
}, 120_000);
afterAll(async () => t?.close());

describe('cycles and rounds', () => {
  it('refuses a cycle longer than its rule, naming the field, and creates nothing', async () => {
    const res = await post(coordinator, '/api/dialogue-cycles', { name: 'För lång', startsOn: '2099-01-01', endsOn: '2102-06-30', offerWithinYears: 2 });
    expect(res.statusCode).toBe(400);
    expect(messages(res).endsOn).toBe('En cykel där alla ska erbjudas en dialog inom 2 år kan pågå till och med 1 januari 2101.');
    const backwards = await post(coordinator, '/api/dialogue-cycles', { name: 'Baklänges', startsOn: '2099-06-01', endsOn: '2099-01-01', offerWithinYears: 2 });
    expect(messages(backwards).endsOn).toBe('Sista dagen ska vara efter första dagen.');
    expect(await count('dialogue_cycles')).toBe(0);
  });

  it('creates a cycle and refuses one that overlaps it', async () => {
    const res = await post(coordinator, '/api/dialogue-cycles', { name: 'Testcykel 2099–2100', startsOn: '2099-01-01', endsOn: '2100-12-31', offerWithinYears: 2 });
    expect(res.statusCode, res.body).toBe(201);
    cycleId = res.json().id;
    const overlap = await post(coordinator, '/api/dialogue-cycles', { name: 'Krock', startsOn: '2100-06-01', endsOn: '2101-06-01', offerWithinYears: 2 });
    expect(overlap.statusCode).toBe(400);
    expect(messages(overlap).startsOn).toMatch(/^Perioden överlappar Testcykel 2099–2100/);
    expect((await get(karin, '/api/dialogue-cycles')).json().items).toMatchObject([{ id: cycleId, rounds: 0, offerWithinYears: 2 }]);
  });

  it('refuses an invitation on a holiday, in the past or after the deadline, naming each field', async () => {
    const holiday = await post(coordinator, `/api/dialogue-cycles/${cycleId}/rounds`, { name: 'Påsk', invitationDate: '2099-04-10', answerDeadline: '2099-04-10' });
    expect(holiday.statusCode).toBe(400);
    expect(holiday.json().error.details).toEqual([
      { path: 'invitationDate', field: 'invitationDate', message: 'Inbjudningsdagen (10 april 2099) är långfredagen, en helgdag. Välj en vardag.' },
      { path: 'answerDeadline', field: 'answerDeadline', message: 'Sista dag för svar ska vara efter inbjudningsdagen.' },
      { path: 'answerDeadline', field: 'answerDeadline', message: 'Sista dag för svar (10 april 2099) är långfredagen, en helgdag. Välj en vardag.' },
    ]);
    const past = await post(coordinator, `/api/dialogue-cycles/${cycleId}/rounds`, { name: 'Förr', invitationDate: '2020-03-02', answerDeadline: '2099-03-23' });
    expect(messages(past).invitationDate).toBe('Inbjudningsdagen 2 mars 2020 har redan passerat.');
    const sunday = await post(coordinator, `/api/dialogue-cycles/${cycleId}/rounds`, { name: 'Söndag', invitationDate: '2099-03-01', answerDeadline: '2099-03-23' });
    expect(messages(sunday).invitationDate).toBe('Inbjudningsdagen (1 mars 2099) är en söndag. Välj en vardag.');
    expect(await count('dialogue_rounds')).toBe(0);
  });

  it('creates rounds within the cycle', async () => {
    const res = await post(coordinator, `/api/dialogue-cycles/${cycleId}/rounds`, { name: 'Omgång 1, våren 2099', invitationDate: '2099-03-02', answerDeadline: '2099-03-23' });
    expect(res.statusCode, res.body).toBe(201);
    round1 = res.json();
    expect(round1).toMatchObject({ status: 'planned', cycleName: 'Testcykel 2099–2100', overview: { total: 0 } });
    const list = (await get(karin, `/api/dialogue-cycles/${cycleId}/rounds`)).json();
    expect(list.items.map((r: { name: string }) => r.name)).toEqual(['Omgång 1, våren 2099']);
  });
});

describe('holds', () => {
  const inspection = { orgNumber: '', kind: 'inspection', plannedOn: '2099-04-01', startsOn: '2099-02-01', externalRef: 'SI-2099-0001' };

  it('refuses bad input with messages naming the field, changing nothing', async () => {
    const before = await count('dialogue_holds');
    const unknown = await post(inspectorate, '/api/holds', { ...inspection, orgNumber: '212000-0142' });
    expect(unknown.statusCode).toBe(400);
    expect(messages(unknown).orgNumber).toBe('Det finns ingen huvudman med organisationsnumret 212000-0142.');
    const malformed = await post(inspectorate, '/api/holds', { ...inspection, orgNumber: '12345' });
    expect(messages(malformed).orgNumber).toBe('Organisationsnumret ska ha tio siffror, t.ex. 212000-0142.');
    const past = await post(inspectorate, '/api/holds', { ...inspection, orgNumber: org.a.orgNumber, plannedOn: '2020-04-01', startsOn: '2020-03-01' });
    expect(messages(past)).toMatchObject({ plannedOn: 'Den planerade dagen (1 april 2020) har redan passerat.', startsOn: 'Första dagen (1 mars 2020) har redan passerat.' });
    const backwards = await post(coordinator, '/api/holds', { organiserId: org.a.id, kind: 'manual', startsOn: '2099-06-01', endsOn: '2099-05-01', reason: 'Byte av skolchef' });
    expect(messages(backwards).endsOn).toBe('Sista dagen (1 maj 2099) är före första dagen (1 juni 2099).');
    const notTheirs = await post(inspectorate, '/api/holds', { organiserId: org.a.id, kind: 'manual', startsOn: '2099-06-01', endsOn: '2099-07-01', reason: 'x' });
    expect(messages(notTheirs).kind).toMatch(/^Skolinspektionen registrerar planerad tillsyn eller kvalitetsgranskning/);
    expect(await count('dialogue_holds')).toBe(before);
  });

  it('places a hold with the grace period, and a repeated call with the same reference updates it', async () => {
    const first = await post(inspectorate, '/api/holds', { ...inspection, orgNumber: org.preschool.orgNumber.replace(/^(\d{6})/, '$1-') });
    expect(first.statusCode, first.body).toBe(201);
    const hold = first.json() as Hold;
    expect(hold).toMatchObject({
      organiser: { id: org.preschool.id }, kind: 'inspection', source: 'inspectorate', plannedOn: '2099-04-01', startsOn: '2099-02-01', endsOn: '2099-10-01',
      reason: 'Planerad tillsyn (Skolinspektionen) den 1 april 2099', version: 1,
    });
    const again = await post(inspectorate, '/api/holds', { ...inspection, orgNumber: org.preschool.orgNumber });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: hold.id, version: 1 });
    const moved = await post(inspectorate, '/api/holds', { ...inspection, orgNumber: org.preschool.orgNumber, plannedOn: '2099-08-31' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ id: hold.id, version: 2, endsOn: '2100-02-28', reason: 'Planerad tillsyn (Skolinspektionen) den 31 augusti 2099' });
    const stored = await rows(t.db, sql`select id from dialogue_holds where external_ref = 'SI-2099-0001'`);
    expect(stored).toHaveLength(1);
    const audit = await rows<{ event: string }>(t.db, sql`select event from audit_log where entity_id = ${hold.id} order by seq`);
    expect(audit.map((a) => a.event)).toEqual(['hold.created', 'hold.updated']);
  });

  it('shows the inspectorate its own holds only, and the agencies all', async () => {
    const manual = await post(coordinator, '/api/holds', { organiserId: org.dormant.id, kind: 'manual', startsOn: '2099-01-10', endsOn: '2099-12-31', reason: 'Sammanslagning pågår' });
    expect(manual.statusCode, manual.body).toBe(201);
    const mine = (await get(inspectorate, '/api/holds')).json();
    expect(mine.items.map((h: Hold) => h.source)).toEqual(['inspectorate']);
    const all = (await get(coordinator, '/api/holds')).json();
    expect(all.items.map((h: Hold) => h.source).sort()).toEqual(['agency', 'inspectorate']);
    expect((await get(inspectorate, `/api/holds/${manual.json().id}`)).statusCode).toBe(404);
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/holds/${manual.json().id}`, headers: as(inspectorate, { 'if-match': '"1"' }), payload: { reason: 'x' } });
    expect(patch.statusCode).toBe(404);
    const byNumber = (await get(coordinator, `/api/holds?orgNumber=${org.preschool.orgNumber}`)).json();
    expect(byNumber.items).toHaveLength(1);
  });

  it('changes a hold with If-Match and refuses a stale version', async () => {
    const [hold] = (await get(coordinator, `/api/holds?organiserId=${org.dormant.id}`)).json().items as Hold[];
    const ok = await t.app.inject({ method: 'PATCH', url: `/api/holds/${hold!.id}`, headers: as(coordinator, { 'if-match': `"${hold!.version}"` }), payload: { endsOn: '2099-11-30' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ endsOn: '2099-11-30', version: 2 });
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/holds/${hold!.id}`, headers: as(coordinator, { 'if-match': `"${hold!.version}"` }), payload: { endsOn: '2099-10-30' } });
    expect(stale.statusCode).toBe(412);
  });
});

describe('eligibility', () => {
  const eligibility = async (query: string) => (await get(karin, `/api/dialogue-cycles/${cycleId}/eligibility?roundId=${round1.id}&${query}`)).json() as EligibilityList;
  const reasonsOf = async (id: string, name: string) =>
    (await eligibility(`q=${encodeURIComponent(name)}&limit=200`)).items.find((i) => i.organiser.id === id)!.reasons;

  it('lists every excluded organiser with its reason in Swedish', async () => {
    expect((await reasonsOf(org.ceased.id, org.ceased.name)).map((r) => r.text)).toContain('Huvudmannen har upphört.');
    expect((await reasonsOf(org.dormant.id, org.dormant.name)).map((r) => r.text)).toEqual([
      'Huvudmannen är vilande.', 'Manuellt uppehåll 10 januari 2099–30 november 2099: Sammanslagning pågår.',
    ]);
    expect((await reasonsOf(org.preschool.id, org.preschool.name))).toMatchObject([{
      code: 'hold', text: 'Planerad tillsyn (Skolinspektionen) den 31 augusti 2099; uppehåll 1 februari 2099–28 februari 2100.', hold: { kind: 'inspection' },
    }]);
    expect(await reasonsOf(org.a.id, org.a.name)).toEqual([]);
  });

  it('checks holds on the day asked for, and filters and pages', async () => {
    const before = (await get(karin, `/api/dialogue-cycles/${cycleId}/eligibility?asOf=2099-01-15&q=${encodeURIComponent(org.preschool.name)}`)).json() as EligibilityList;
    expect(before.asOf).toBe('2099-01-15');
    expect(before.items.find((i) => i.organiser.id === org.preschool.id)!.eligible).toBe(true);
    const county = await eligibility('county=14&kind=kommun&show=eligible&limit=2');
    expect(county.items).toHaveLength(2);
    expect(county.items.every((i) => i.organiser.countyCode === '14' && i.organiser.kind === 'kommun' && i.eligible)).toBe(true);
    expect(county.total).toBe(county.counts.eligible);
    const excluded = await eligibility('show=excluded&limit=200');
    expect(excluded.items.every((i) => i.reasons.length > 0)).toBe(true);
    expect(excluded.counts.byReason.ceased).toBeGreaterThan(0);
  });
});

describe('adding organisers and opening a round', () => {
  it('refuses an ineligible organiser or a pair from one agency, creating nothing', async () => {
    const ineligible = await post(coordinator, `/api/dialogue-rounds/${round1.id}/dialogues`, { organiserIds: [org.a.id, org.ceased.id], ...pair() });
    expect(ineligible.statusCode).toBe(400);
    expect(ineligible.json().error.details).toEqual([{ path: 'organiserIds.1', field: org.ceased.name, message: 'Kan inte bjudas in i omgången: Huvudmannen har upphört.' }]);
    const samePair = await post(coordinator, `/api/dialogue-rounds/${round1.id}/dialogues`, { organiserIds: [org.a.id], ...pair(), leaderSpsmId: users['demo:ledare-skolverket'] });
    expect(samePair.statusCode).toBe(400);
    expect(await count('dialogues')).toBe(0);
  });

  it('creates one planned case per organiser with the round\'s deadline and the municipality\'s office', async () => {
    const res = await post(coordinator, `/api/dialogue-rounds/${round1.id}/dialogues`, { organiserIds: [org.a.id, org.b.id, org.c.id], ...pair() });
    expect(res.statusCode, res.body).toBe(201);
    round1 = res.json();
    expect(round1.cases).toHaveLength(3);
    expect(round1.cases.every((c) => c.state === 'planned' && c.answerDeadline === '2099-03-23')).toBe(true);
    const officeOf = Object.fromEntries([org.a, org.b, org.c].map((o) => [o.id, o.officeCode]));
    expect(round1.cases.map((c) => c.officeCode)).toEqual(round1.cases.map((c) => officeOf[c.organisers[0]!.id]));
    expect(round1.overview).toMatchObject({ total: 3, byState: { planned: 3 }, collisions: 0 });
    const again = await post(coordinator, `/api/dialogue-rounds/${round1.id}/dialogues`, { organiserIds: [org.a.id], ...pair() });
    expect(again.json().error.details[0].message).toBe('Kan inte bjudas in i omgången: Planerad i Omgång 1, våren 2099 med inbjudan den 2 mars 2099.');
  });

  it('shows a hold that came up as a collision, and then opens nothing at all', async () => {
    const placed = await post(inspectorate, '/api/holds', { orgNumber: org.b.orgNumber, kind: 'quality_review', plannedOn: '2099-03-16', externalRef: 'SI-2099-0002' });
    expect(placed.statusCode, placed.body).toBe(201);
    const collisions = (await get(coordinator, `/api/dialogue-rounds/${round1.id}/collisions`)).json().items as Collision[];
    expect(collisions).toMatchObject([{ organiser: { id: org.b.id }, at: 'invitation', date: '2099-03-02', hold: { kind: 'quality_review' } }]);
    expect((await get(coordinator, '/api/dialogue-collisions')).json().items).toHaveLength(1);

    const outbox = await count('outbox_messages');
    const refused = await post(coordinator, `/api/dialogue-rounds/${round1.id}/open`, undefined, { 'if-match': `"${round1.version}"` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('Omgången öppnades inte: 1 av 3 dialoger kan inte bjudas in. Ingenting har ändrats och inga inbjudningar har skickats.');
    expect(refused.json().error.details).toEqual([expect.objectContaining({ field: org.b.name, message: expect.stringMatching(/Planerad kvalitetsgranskning \(Skolinspektionen\) den 16 mars 2099/) })]);
    expect(await count('outbox_messages')).toBe(outbox);
    expect(await count('dialogue_transitions')).toBe(0);
    const after = (await get(coordinator, `/api/dialogue-rounds/${round1.id}`)).json() as RoundDetail;
    expect(after).toMatchObject({ status: 'planned', version: round1.version, overview: { byState: { planned: 3 }, collisions: 1 } });

    const hold = placed.json() as Hold;
    const ended = await post(inspectorate, `/api/holds/${hold.id}/end`, undefined, { 'if-match': `"${hold.version}"` });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().endedAt).not.toBeNull();
    expect((await post(inspectorate, `/api/holds/${hold.id}/end`, undefined, { 'if-match': `"${ended.json().version}"` })).statusCode).toBe(409);
  });

  it('invites every case in one go, with an invitation e-mail each', async () => {
    const outbox = await count('outbox_messages');
    const stale = await post(coordinator, `/api/dialogue-rounds/${round1.id}/open`, undefined, { 'if-match': `"${round1.version - 1}"` });
    expect(stale.statusCode).toBe(412);
    const res = await post(coordinator, `/api/dialogue-rounds/${round1.id}/open`, undefined, { 'if-match': `"${round1.version}"` });
    expect(res.statusCode, res.body).toBe(200);
    round1 = res.json();
    expect(round1.status).toBe('open');
    expect(round1.overview).toMatchObject({ byState: { invited: 3 }, awaitingAnswer: 3, overdue: 0 });
    expect(await count('outbox_messages')).toBe(outbox + 3);
    expect((await rows(t.db, sql`select 1 from audit_log where event = 'round.opened' and entity_id = ${round1.id}`))).toHaveLength(1);
    const again = await post(coordinator, `/api/dialogue-rounds/${round1.id}/open`, undefined, { 'if-match': `"${round1.version}"` });
    expect(again.json().error.message).toBe('Omgången är redan öppnad.');
    const offered = (await eligibility(org.a.name)).items.find((i) => i.organiser.id === org.a.id)!;
    expect(offered.reasons[0]!.text).toMatch(/^Erbjuden en dialog den \d+ \p{L}+ \d{4} \(Omgång 1, våren 2099\)\.$/u);
  });

  async function eligibility(name: string) {
    return (await get(karin, `/api/dialogue-cycles/${cycleId}/eligibility?roundId=${round1.id}&q=${encodeURIComponent(name)}`)).json() as EligibilityList;
  }

  it('lists a hold on a booked meeting day as a collision', async () => {
    const caseId = round1.cases.find((c) => c.organisers[0]!.id === org.c.id)!.id;
    await t.db.transaction(async (tx) => {
      const meeting = await tx.execute(sql`insert into dialogue_meetings (kind, starts_at, ends_at, video_url, ical_uid)
        values ('intro', '2099-05-05T08:00:00Z', '2099-05-05T09:00:00Z', 'https://video.example/m', 'test-meeting@kvalitetsnav') returning id`);
      const meetingId = (meeting as unknown as { rows: { id: string }[] }).rows[0]!.id;
      await tx.execute(sql`insert into dialogue_meeting_dialogues (meeting_id, dialogue_id) values (${meetingId}, ${caseId})`);
    });
    const placed = await post(coordinator, '/api/holds', { organiserId: org.c.id, kind: 'targeted_intervention', startsOn: '2099-05-01', endsOn: '2099-06-30', reason: 'Riktad insats läsning' });
    expect(placed.statusCode, placed.body).toBe(201);
    const collisions = (await get(karin, `/api/dialogue-rounds/${round1.id}/collisions`)).json().items as Collision[];
    expect(collisions).toMatchObject([{ dialogueId: caseId, at: 'meeting', date: '2099-05-05', meetingKind: 'intro' }]);
    expect(collisions[0]!.text).toBe('Pågående riktad insats 1 maj 2099–30 juni 2099: Riktad insats läsning. Introduktionsmöte (digitalt) är bokat den 5 maj 2099.');
  });

  it('records no answer for the invited cases whose deadline has passed, in one go', async () => {
    const actor: Actor = { userId: users['demo:samordnare']!, name: 'Maria Ekholm', role: 'coordinator', agency: 'skolverket', organiserId: null };
    const notYet = await post(coordinator, `/api/dialogue-rounds/${round1.id}/no-answers`);
    expect(notYet.json()).toMatchObject({ recorded: 0 });
    const later = new Date('2099-03-24T09:00:00Z');
    expect((await getRound({ db: t.db, id: round1.id, now: later })).overview.overdue).toBe(3);
    const result = await recordNoAnswers({ db: t.db, actor, id: round1.id, publicUrl: 'http://localhost', now: later });
    expect(result.recorded).toBe(3);
    expect(result.round.overview.byState).toEqual({ no_answer: 3 });
  });
});

describe('access', () => {
  it('keeps representatives, analysts and the inspectorate to what is theirs', async () => {
    expect((await get(null, '/api/dialogue-cycles')).statusCode).toBe(401);
    expect((await get(rep, '/api/dialogue-cycles')).statusCode).toBe(403);
    expect((await get(rep, '/api/holds')).statusCode).toBe(403);
    expect((await get(analyst, '/api/holds')).statusCode).toBe(403);
    expect((await get(inspectorate, `/api/dialogue-rounds/${round1.id}`)).statusCode).toBe(403);
    expect((await post(karin, '/api/dialogue-cycles', { name: 'x', startsOn: '2101-01-01', endsOn: '2101-12-31', offerWithinYears: 1 })).statusCode).toBe(403);
    expect((await post(karin, '/api/holds', { organiserId: org.a.id, kind: 'manual', endsOn: '2099-12-31', reason: 'x' })).statusCode).toBe(403);
    expect((await get(karin, '/api/holds')).statusCode).toBe(200);
    expect((await get(karin, '/api/dialogue-leaders')).json().items.map((l: { agency: string }) => l.agency).sort()).toEqual(['skolverket', 'spsm']);
  });
});
