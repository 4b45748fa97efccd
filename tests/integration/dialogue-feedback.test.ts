/**
 * The feedback survey and the reported actions over the API: sent only after the feedback meeting,
 * e-mailed through the outbox with a signed link, a new link replacing the old one, expired and
 * tampered links refused (410, 401), anonymous responses (nothing about the respondent stored), the
 * pair seeing a count only, the analysts' distribution suppressed below 5 organisers and free of
 * organiser identity, and actions recorded by the pair and read by the organiser's own representative.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionList, FeedbackSummary, SurveyStatus } from '../../src/shared/api/dialogue-feedback.ts';
import type { DialogueState } from '../../src/shared/dialogues.ts';
import { FEEDBACK_QUESTION_KEYS } from '../../src/shared/feedback-questions.ts';
import { linkSigner } from '../../src/server/modules/access/links.ts';
import { seedObservationTaxonomy } from '../../src/server/modules/dialogues/observations/demo-taxonomy.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { caseIn, forceState } from '../support/dialogues.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let karin: Session;
let coordinator: Session;
let analyst: Session;
let rep: Session;
let otherRep: Session;

beforeAll(async () => {
  t = await createTestApp();
  await t.db.transaction((tx) => seedObservationTaxonomy(tx));
  karin = await signIn(t.app, 'ledare-skolverket');
  coordinator = await signIn(t.app, 'samordnare');
  analyst = await signIn(t.app, 'analytiker');
  rep = await signIn(t.app, 'huvudman-kommun');
  otherRep = await signIn(t.app, 'huvudman-forskola');
});
afterAll(async () => t?.close());

/** A case brought to `state` directly (the meetings that lead there are tested elsewhere). */
const dialogueIn = async (organiserId: string, state: DialogueState) => (await caseIn(t, coordinator, organiserId, state)).id;
const setState = (id: string, state: DialogueState) => forceState(t.db, id, state);

const get = (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(session) });
const send = (session: Session, dialogueId: string) => t.app.inject({ method: 'POST', url: `/api/dialogues/${dialogueId}/feedback-survey`, headers: as(session) });
const open = (token?: string) => t.app.inject({ method: 'GET', url: '/api/feedback', headers: token === undefined ? {} : { 'x-link-token': token } });
const respond = (token: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/feedback/responses', headers: { 'x-link-token': token }, payload: payload as object });

const allAnswers = (rating: number | null) => Object.fromEntries(FEEDBACK_QUESTION_KEYS.map((k) => [k, rating]));

/** The link in the newest survey e-mail of the dialogue's survey. */
async function latestToken(surveyDialogueId: string): Promise<string> {
  const [mail] = await rows<{ body_text: string }>(t.db, sql`select o.body_text from outbox_messages o
    join feedback_surveys s on s.id = o.related_id where s.dialogue_id = ${surveyDialogueId} order by o.created_at desc limit 1`);
  return /\/aterkoppling#([\w.-]+)/.exec(mail!.body_text)![1]!;
}

describe('the feedback survey', () => {
  let dialogueId: string;
  let firstToken: string;
  let token: string;

  it('is sent only once the feedback meeting is held, and only by the agencies', async () => {
    dialogueId = await dialogueIn(rep.organiserId!, 'physical_held');
    const early = await send(karin, dialogueId);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('Enkäten skickas när återkopplingsmötet är hållet. Dialogen har nu läget "Dialog på plats hållen".');
    expect((await get(karin, `/api/dialogues/${dialogueId}/feedback-survey`)).json()).toEqual({ available: false, survey: null });
    await setState(dialogueId, 'feedback_held');
    expect((await send(rep, dialogueId)).statusCode).toBe(403);
    expect((await send(analyst, dialogueId)).statusCode).toBe(403);
  });

  it('mails a signed link to every current contact person of the organiser through the outbox', async () => {
    const res = await send(karin, dialogueId);
    expect(res.statusCode, res.body).toBe(200);
    const status: SurveyStatus = res.json();
    expect(status).toMatchObject({ available: true, survey: { linkVersion: 1, responses: 0 } });
    const contacts = await rows<{ email: string }>(t.db, sql`select distinct lower(email) as email from contact_persons
      where organiser_id = ${rep.organiserId} and email is not null and valid_from <= current_date and (valid_to is null or valid_to >= current_date)`);
    expect(status.sentTo).toBe(contacts.length);
    const mails = await rows<{ kind: string; to_address: string; subject: string; organiser_id: string }>(t.db,
      sql`select kind, to_address, subject, organiser_id from outbox_messages where kind like 'feedback_survey%'`);
    expect(mails.map((m) => m.to_address.toLowerCase()).sort()).toEqual(contacts.map((c) => c.email).sort());
    expect(mails.every((m) => m.kind === 'feedback_survey' && m.organiser_id === rep.organiserId)).toBe(true);
    expect(mails[0]!.subject).toMatch(/^Vad tyckte ni om kvalitetsdialogen\? – /);
    firstToken = await latestToken(dialogueId);
    const form = await open(firstToken);
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json().questions.map((q: { key: string }) => q.key)).toEqual(FEEDBACK_QUESTION_KEYS);
    const [organiser] = await rows<{ name: string }>(t.db, sql`select name from organisers where id = ${rep.organiserId}`);
    expect(form.json().organiserName).toBe(organiser!.name);
  });

  it('replaces the link when sent again: the old one stops working', async () => {
    const again = await send(karin, dialogueId);
    expect(again.json()).toMatchObject({ survey: { linkVersion: 2 } });
    token = await latestToken(dialogueId);
    expect(token).not.toBe(firstToken);
    const old = await open(firstToken);
    expect(old.statusCode).toBe(401);
    expect(old.json().error.message).toMatch(/^Länken är ogiltig/);
    expect((await open(token)).statusCode).toBe(200);
    const renewed = await rows(t.db, sql`select 1 from outbox_messages where kind = 'feedback_survey.renewed'`);
    expect(renewed.length).toBeGreaterThan(0);
  });

  it('refuses a missing, tampered, foreign or expired link', async () => {
    expect((await open()).statusCode).toBe(401);
    const tampered = `${token.slice(0, -3)}${token.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect((await open(tampered)).statusCode).toBe(401);
    expect((await respond(tampered, { answers: allAnswers(4) })).statusCode).toBe(401);
    const signer = await linkSigner(t.db, t.config.LINK_SECRET);
    const [survey] = await rows<{ id: string }>(t.db, sql`select id from feedback_surveys where dialogue_id = ${dialogueId}`);
    const selfAssessmentLink = await signer.sign({ purpose: 'self_assessment', subject: survey!.id, version: 2 }, new Date(Date.now() + 60_000));
    expect((await open(selfAssessmentLink)).statusCode).toBe(401);
    const expired = await signer.sign({ purpose: 'feedback_survey', subject: survey!.id, version: 2 }, new Date(Date.now() - 60_000));
    const res = await open(expired);
    expect(res.statusCode).toBe(410);
    expect(res.json().error.message).toMatch(/^Länken har slutat gälla/);
    expect((await respond(expired, { answers: allAnswers(4) })).statusCode).toBe(410);
  });

  it('takes several anonymous responses through one link, each question rated 1–5 or "vet ej"', async () => {
    const missing = await respond(token, { answers: { [FEEDBACK_QUESTION_KEYS[0]!]: 5 } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toContainEqual({ path: `answers.${FEEDBACK_QUESTION_KEYS[1]}`, field: `answers.${FEEDBACK_QUESTION_KEYS[1]}`, message: 'Välj 1–5 eller "Vet ej".' });
    const outOfScale = await respond(token, { answers: { ...allAnswers(3), [FEEDBACK_QUESTION_KEYS[2]!]: 7 } });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json().error.details[0]).toMatchObject({ path: `answers.${FEEDBACK_QUESTION_KEYS[2]}`, message: 'Välj 1–5 eller "Vet ej".' });
    expect((await respond(token, { answers: { ...allAnswers(3), extra: 1 } })).statusCode).toBe(400);
    expect((await respond(token, { answers: allAnswers(4), name: 'Anna' })).statusCode).toBe(400);
    expect((await rows(t.db, sql`select 1 from feedback_responses`))).toHaveLength(0);

    const first = await respond(token, { answers: { ...allAnswers(4), [FEEDBACK_QUESTION_KEYS[1]!]: null }, comment: 'Bra samtal, KOMMENTAR-ETT.' });
    expect(first.statusCode, first.body).toBe(201);
    expect((await respond(token, { answers: allAnswers(2) })).statusCode).toBe(201);

    // Nothing about the respondent is kept: the row has the answers and the time, the audit record nothing more.
    const stored = await rows<Record<string, unknown>>(t.db, sql`select * from feedback_responses`);
    expect(Object.keys(stored[0]!).sort()).toEqual(['answers', 'comment', 'id', 'submitted_at', 'survey_id']);
    const audit = await rows<{ actor_id: string | null; actor_role: string; details: unknown; organiser_id: string | null }>(t.db,
      sql`select actor_id, actor_role, details, organiser_id from audit_log where event = 'feedback.response_received'`);
    expect(audit).toEqual([
      { actor_id: null, actor_role: 'system:feedback_link', details: {}, organiser_id: null },
      { actor_id: null, actor_role: 'system:feedback_link', details: {}, organiser_id: null },
    ]);
  });

  it('shows the pair the number of responses only', async () => {
    const res = await get(karin, `/api/dialogues/${dialogueId}/feedback-survey`);
    expect(res.json()).toMatchObject({ available: true, survey: { responses: 2, linkVersion: 2 } });
    expect(res.body).not.toMatch(/KOMMENTAR-ETT|answers|ratings/);
    expect((await get(rep, `/api/dialogues/${dialogueId}/feedback-survey`)).statusCode).toBe(403);
  });
});

describe('the analysts\' summary of the survey', () => {
  let names: string[] = [];

  const summary = async (query = ''): Promise<{ body: string; json: FeedbackSummary }> => {
    const res = await get(analyst, `/api/feedback/summary${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return { body: res.body, json: res.json() };
  };

  it('hides everything while the responses come from fewer than 5 organisers', async () => {
    const { json } = await summary();
    expect(json.groups).toEqual([{ year: new Date().getFullYear(), group: 'all', responses: null, organisers: null, suppressed: true, questions: [] }]);
  });

  it('shows the spread per question from 5 organisers on, never who answered or the comments', async () => {
    const others = await rows<{ id: string; name: string }>(t.db, sql`select distinct o.id, o.name, o.name_sort from organisers o
      join contact_persons c on c.organiser_id = o.id and c.email is not null and c.valid_from <= current_date and c.valid_to is null
      where o.kind = 'kommun' and o.status = 'active' and o.id <> ${rep.organiserId} order by o.name_sort limit 4`);
    for (const organiser of others) {
      const id = await dialogueIn(organiser.id, 'closed');
      expect((await send(karin, id)).statusCode).toBe(200);
      expect((await respond(await latestToken(id), { answers: allAnswers(5), comment: `KOMMENTAR om ${organiser.name}` })).statusCode).toBe(201);
    }
    names = others.map((o) => o.name);
    const { json, body } = await summary();
    const [group] = json.groups;
    expect(group).toMatchObject({ group: 'all', responses: 6, organisers: 5, suppressed: false });
    const first = group!.questions.find((q) => q.key === FEEDBACK_QUESTION_KEYS[0])!;
    expect(first).toEqual({ key: FEEDBACK_QUESTION_KEYS[0], ratings: [0, 1, 0, 1, 4], dontKnow: 0, mean: 4.33 });
    expect(group!.questions.find((q) => q.key === FEEDBACK_QUESTION_KEYS[1])).toMatchObject({ ratings: [0, 1, 0, 0, 4], dontKnow: 1, mean: 4.4 });
    for (const text of [...names, 'KOMMENTAR', rep.organiserId!]) expect(body).not.toContain(text);
    expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('suppresses small organiser groups, and what could be worked out from the whole', async () => {
    const { json } = await summary('?groupBy=sizeClass');
    expect(json.groups.map((g) => g.group)).toEqual(['small', 'medium', 'large']);
    for (const g of json.groups.filter((x) => !x.suppressed)) expect(g.organisers).toBeGreaterThanOrEqual(5);
    for (const g of json.groups.filter((x) => x.suppressed)) expect(g).toMatchObject({ responses: null, organisers: null, questions: [] });
    // The whole (5 organisers) minus the shown groups is what is hidden: none, or at least 5.
    const hidden = 5 - json.groups.reduce((n, g) => n + (g.organisers ?? 0), 0);
    expect(hidden === 0 || hidden >= 5).toBe(true);
    expect((await get(rep, '/api/feedback/summary')).statusCode).toBe(403);
  });
});

describe('reported actions', () => {
  let dialogueId: string;
  let list: ActionList;
  const url = () => `/api/dialogues/${dialogueId}/actions`;
  const add = (session: Session, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: url(), headers: as(session), payload });

  it('are recorded from the feedback meeting on, with a known theme and a date that has been', async () => {
    dialogueId = await dialogueIn(rep.organiserId!, 'physical_held');
    const early = await add(karin, { text: 'Ny rutin för analys', reportedOn: '2026-01-15' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/^Åtgärder registreras från återkopplingsmötet och framåt/);
    await setState(dialogueId, 'follow_up_held');
    const unknown = await add(karin, { text: 'Ny rutin', themeKey: 'finns-inte', reportedOn: '2099-01-01' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.map((d: { path: string }) => d.path)).toEqual(['themeKey', 'reportedOn']);
    expect((await add(karin, { text: '  ', reportedOn: '2026-01-15' })).json().error.details[0]).toMatchObject({ path: 'text', message: 'Beskriv åtgärden.' });
    expect((await add(rep, { text: 'Egen', reportedOn: '2026-01-15' })).statusCode).toBe(403);

    const created = await add(karin, { text: 'Gemensamt årshjul för alla skolor', themeKey: 'kvalitetsarbetets-struktur', status: 'started', reportedOn: '2026-01-15' });
    expect(created.statusCode, created.body).toBe(201);
    list = created.json();
    expect(list.items).toMatchObject([{ text: 'Gemensamt årshjul för alla skolor', themeLabel: 'Struktur för det systematiska kvalitetsarbetet', status: 'started' }]);
    expect(list.available).toBe(true);
  });

  it('are read by the organiser\'s own representative, not by another organiser\'s or by analysts', async () => {
    const own = await get(rep, url());
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ available: false, items: [{ status: 'started' }] });
    expect((await get(otherRep, url())).statusCode).toBe(404);
    expect((await get(analyst, url())).statusCode).toBe(403);
  });

  it('change status with If-Match on the content they were read with', async () => {
    const [action] = list.items;
    const patch = (session: Session, etag: string | null, payload: Record<string, unknown>) => t.app.inject({
      method: 'PATCH', url: `/api/dialogue-actions/${action!.id}`, headers: as(session, etag === null ? {} : { 'if-match': etag }), payload,
    });
    expect((await patch(karin, null, { status: 'done' })).statusCode).toBe(428);
    expect((await patch(rep, action!.etag, { status: 'done' })).statusCode).toBe(403);
    expect((await patch(karin, action!.etag, {})).statusCode).toBe(400);
    const done = await patch(karin, action!.etag, { status: 'done' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done' });
    expect(done.headers.etag).toBe(done.json().etag);
    const stale = await patch(karin, action!.etag, { status: 'planned' });
    expect(stale.statusCode).toBe(412);
    expect((await get(karin, url())).json().items[0].status).toBe('done');
    const audit = await rows<{ event: string }>(t.db, sql`select event from audit_log where event like 'feedback.action_%' order by seq`);
    expect(audit.map((a) => a.event)).toEqual(['feedback.action_recorded', 'feedback.action_updated']);
  });
});
