/**
 * Walks every API route × every role × own/other organiser and asserts the exact status. The table
 * below is written by hand from the access policy, not derived from the code under test; a route the
 * app registers without a row here fails the test.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedObservationTaxonomy } from '../../src/server/modules/dialogues/observations/demo-taxonomy.ts';
import { isWorkingDay } from '../../src/server/modules/dialogues/calendar/holidays.ts';
import { FEEDBACK_QUESTION_KEYS } from '../../src/shared/feedback-questions.ts';
import type { Role } from '../../src/shared/roles.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { multipartFile } from '../support/multipart.ts';
import { rows } from '../support/sql.ts';

type Who = Role | 'anonymous';
type Target = 'own' | 'other';
/** A status for both targets, or [own, other]. */
type Expect = number | [number, number];

const PERSONA: Record<Role, string> = {
  leader_skolverket: 'ledare-skolverket',
  leader_spsm: 'ledare-spsm',
  coordinator: 'samordnare',
  organiser_rep: 'huvudman-kommun',
  inspectorate_liaison: 'skolinspektionen',
  analyst: 'analytiker',
  steward: 'forvaltare',
  admin: 'admin',
};
const WHO: Who[] = ['anonymous', ...(Object.keys(PERSONA) as Role[])];

interface Case {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  expect: Record<Who, Expect>;
}

/** Same status for everyone signed in, 401 for anonymous. */
const everyone = (status: number): Record<Who, Expect> =>
  Object.fromEntries(WHO.map((w) => [w, w === 'anonymous' ? 401 : status])) as Record<Who, Expect>;
const only = (allowed: Partial<Record<Role, Expect>>): Record<Who, Expect> =>
  Object.fromEntries(WHO.map((w) => [w, w === 'anonymous' ? 401 : (allowed[w as Role] ?? 403)])) as Record<Who, Expect>;
const open = (status: number): Record<Who, Expect> => Object.fromEntries(WHO.map((w) => [w, status])) as Record<Who, Expect>;

const STAFF_READ = { leader_skolverket: 200, leader_spsm: 200, coordinator: 200, steward: 200, admin: 200 } as const;
const CHANGE_REQUESTERS = { leader_skolverket: 200, leader_spsm: 200, coordinator: 200, steward: 200 } as const;

const DIALOGUE_RUNNERS = { leader_skolverket: 200, leader_spsm: 200, coordinator: 200, admin: 200 } as const;
const TAXONOMY_READERS = { leader_skolverket: 200, leader_spsm: 200, coordinator: 200, steward: 200, admin: 200, analyst: 200 } as const;
const AGGREGATE_READERS = { leader_skolverket: 200, leader_spsm: 200, coordinator: 200, steward: 200, admin: 200, analyst: 200 } as const;
const ROUND_READERS = { leader_skolverket: 200, leader_spsm: 200, coordinator: 200, admin: 200 } as const;
const HOLD_READERS = { ...ROUND_READERS, inspectorate_liaison: 200 } as const;

const CASES: Case[] = [
  { method: 'GET', url: '/api/health', expect: open(200) },
  { method: 'GET', url: '/api/openapi.json', expect: open(200) },
  { method: 'GET', url: '/api/auth/me', expect: open(200) },
  { method: 'GET', url: '/api/auth/dev-personas', expect: open(200) },
  { method: 'POST', url: '/api/auth/dev-login', expect: open(200) },
  { method: 'POST', url: '/api/auth/logout', expect: open(204) },
  { method: 'GET', url: '/api/reference', expect: everyone(200) },
  { method: 'PATCH', url: '/api/municipalities/:code/office', expect: only({ admin: 200 }) },
  { method: 'GET', url: '/api/organisers', expect: only({ ...STAFF_READ, inspectorate_liaison: 200, organiser_rep: 200 }) },
  { method: 'GET', url: '/api/organisers/:id', expect: only({ ...STAFF_READ, inspectorate_liaison: 200, organiser_rep: [200, 404] }) },
  { method: 'PATCH', url: '/api/organisers/:id', expect: only({ admin: 200, coordinator: 200 }) },
  { method: 'GET', url: '/api/organisers/:id/history', expect: only({ ...STAFF_READ, inspectorate_liaison: 200, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/organisers/:id/contacts', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/organisers/:id/contacts', expect: only({ admin: 201, coordinator: 201, organiser_rep: [201, 404] }) },
  { method: 'POST', url: '/api/contacts/:id/end', expect: only({ admin: 200, coordinator: 200, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/units', expect: only({ ...STAFF_READ, inspectorate_liaison: 200, organiser_rep: 200 }) },
  { method: 'GET', url: '/api/stats/registry', expect: only({ ...STAFF_READ, inspectorate_liaison: 200, analyst: 200 }) },
  { method: 'POST', url: '/api/imports/registry', expect: only({ admin: 200 }) },
  { method: 'GET', url: '/api/audit/verify', expect: only({ admin: 200 }) },
  { method: 'GET', url: '/api/organisers/:id/analysis-basis', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/organisers/:id/analysis-basis.xlsx', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/organisers/:id/analysis-basis.pdf', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/analysis-basis/batches', expect: only({ coordinator: 202, steward: 202, admin: 202 }) },
  { method: 'GET', url: '/api/analysis-basis/batches', expect: only({ coordinator: 200, steward: 200, admin: 200 }) },
  { method: 'GET', url: '/api/analysis-basis/batches/:id', expect: only({ coordinator: 200, steward: 200, admin: 200 }) },
  { method: 'POST', url: '/api/analysis-basis/batches/:id/cancel', expect: only({ coordinator: 200, steward: 200, admin: 200 }) },
  { method: 'GET', url: '/api/organisers/:id/analysis-basis/snapshots', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/analysis-basis/snapshots/:id/file', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/imports/values', expect: only({ admin: 200, steward: 200 }) },
  { method: 'GET', url: '/api/outbox', expect: only({ admin: 200 }) },
  { method: 'GET', url: '/api/organisers/:id/self-assessments', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/organisers/:id/self-assessments', expect: only({ organiser_rep: [201, 404] }) },
  // Staff reach a self-assessment once it is shared (these are); representatives only their own organiser's.
  { method: 'GET', url: '/api/self-assessments/:id', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/self-assessments/:id/invitations', expect: only({ organiser_rep: [201, 404] }) },
  { method: 'POST', url: '/api/self-assessments/:id/respondents/:respondentId/new-link', expect: only({ organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/self-assessments/:id/my-link', expect: only({ organiser_rep: [200, 404] }) },
  { method: 'PUT', url: '/api/self-assessments/:id/sharing', expect: only({ organiser_rep: [200, 404] }) },
  // Whoever holds a valid signed link; without one, 401 (see the self-assessment tests).
  { method: 'GET', url: '/api/respond', expect: open(200) },
  { method: 'PUT', url: '/api/respond/answers/:statementKey', expect: open(200) },
  { method: 'GET', url: '/api/dialogues', expect: only({ ...STAFF_READ, organiser_rep: 200 }) },
  { method: 'POST', url: '/api/dialogues', expect: only({ coordinator: 201, admin: 201 }) },
  { method: 'GET', url: '/api/dialogues/:id', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'PATCH', url: '/api/dialogues/:id', expect: only({ ...DIALOGUE_RUNNERS }) },
  // Representatives answer the invitation of their own organiser's dialogue (the step tried here).
  { method: 'POST', url: '/api/dialogues/:id/events', expect: only({ ...DIALOGUE_RUNNERS, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/dialogues/:id/agency-notes', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogues/:id/reminders', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'GET', url: '/api/dialogues/:id/timeline', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/dialogues/:id/meetings', expect: only({ leader_skolverket: 201, leader_spsm: 201, coordinator: 201, admin: 201 }) },
  { method: 'PATCH', url: '/api/dialogue-meetings/:id', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogue-meetings/:id/cancel', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'GET', url: '/api/dialogues/:id/notes', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'PUT', url: '/api/dialogues/:id/notes/draft', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogues/:id/notes/send', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogues/:id/notes/comment', expect: only({ organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/dialogues/:id/notes/approve', expect: only({ organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/dialogues/:id/notes/register', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogues/:id/notes/corrections', expect: only({ leader_skolverket: 201, leader_spsm: 201, coordinator: 201, admin: 201 }) },
  { method: 'GET', url: '/api/dialogue-notes/:id/record', expect: only({ ...DIALOGUE_RUNNERS, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/case-number-formats', expect: only({ coordinator: 200, admin: 200 }) },
  { method: 'PUT', url: '/api/case-number-formats/:agency', expect: only({ admin: 200 }) },
  { method: 'GET', url: '/api/dialogues/:id/documents', expect: only({ ...DIALOGUE_RUNNERS, organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/dialogues/:id/documents', expect: only({ leader_skolverket: 201, leader_spsm: 201, coordinator: 201, admin: 201, organiser_rep: [201, 404] }) },
  { method: 'GET', url: '/api/dialogue-documents/:id/file', expect: only({ ...DIALOGUE_RUNNERS, organiser_rep: [200, 404] }) },
  { method: 'DELETE', url: '/api/dialogue-documents/:id', expect: only({ ...DIALOGUE_RUNNERS, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/observation-taxonomies', expect: only({ ...TAXONOMY_READERS }) },
  { method: 'GET', url: '/api/observation-taxonomies/:id', expect: only({ ...TAXONOMY_READERS }) },
  { method: 'POST', url: '/api/observation-taxonomies/drafts', expect: only({ steward: 201, admin: 201 }) },
  { method: 'PUT', url: '/api/observation-taxonomies/:id/themes', expect: only({ steward: 200, admin: 200 }) },
  { method: 'POST', url: '/api/observation-taxonomies/:id/publish', expect: only({ steward: 200, admin: 200 }) },
  { method: 'GET', url: '/api/dialogues/:id/observation', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'PUT', url: '/api/dialogues/:id/observation', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogues/:id/observation/submit', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'GET', url: '/api/observations/summary', expect: only({ ...AGGREGATE_READERS }) },
  { method: 'GET', url: '/api/dialogues/:id/feedback-survey', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogues/:id/feedback-survey', expect: only({ ...DIALOGUE_RUNNERS }) },
  // Whoever holds a valid survey link (the feedback tests cover 401 and 410).
  { method: 'GET', url: '/api/feedback', expect: open(200) },
  { method: 'POST', url: '/api/feedback/responses', expect: open(201) },
  { method: 'GET', url: '/api/feedback/summary', expect: only({ ...AGGREGATE_READERS }) },
  { method: 'GET', url: '/api/dialogues/:id/actions', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/dialogues/:id/actions', expect: only({ leader_skolverket: 201, leader_spsm: 201, coordinator: 201, admin: 201 }) },
  { method: 'PATCH', url: '/api/dialogue-actions/:id', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'GET', url: '/api/my-week', expect: only({ leader_skolverket: 200, leader_spsm: 200, coordinator: 200 }) },
  { method: 'GET', url: '/api/organisers/:id/timeline', expect: only({ ...STAFF_READ, inspectorate_liaison: 200, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/dialogues/volumes', expect: only({ leader_skolverket: 200, leader_spsm: 200, coordinator: 200, analyst: 200, steward: 200, admin: 200 }) },
  { method: 'GET', url: '/api/dialogue-cycles', expect: only({ ...ROUND_READERS }) },
  { method: 'POST', url: '/api/dialogue-cycles', expect: only({ coordinator: 201, admin: 201 }) },
  { method: 'GET', url: '/api/dialogue-cycles/:id/rounds', expect: only({ ...ROUND_READERS }) },
  { method: 'POST', url: '/api/dialogue-cycles/:id/rounds', expect: only({ coordinator: 201, admin: 201 }) },
  { method: 'GET', url: '/api/dialogue-cycles/:id/eligibility', expect: only({ ...ROUND_READERS }) },
  { method: 'GET', url: '/api/dialogue-rounds/:id', expect: only({ ...ROUND_READERS }) },
  { method: 'POST', url: '/api/dialogue-rounds/:id/dialogues', expect: only({ coordinator: 201, admin: 201 }) },
  { method: 'POST', url: '/api/dialogue-rounds/:id/open', expect: only({ coordinator: 200, admin: 200 }) },
  { method: 'POST', url: '/api/dialogue-rounds/:id/no-answers', expect: only({ coordinator: 200, admin: 200 }) },
  { method: 'GET', url: '/api/dialogue-rounds/:id/collisions', expect: only({ ...ROUND_READERS }) },
  { method: 'GET', url: '/api/dialogue-collisions', expect: only({ ...ROUND_READERS }) },
  { method: 'GET', url: '/api/dialogue-leaders', expect: only({ ...ROUND_READERS }) },
  { method: 'GET', url: '/api/holds', expect: only({ ...HOLD_READERS }) },
  { method: 'POST', url: '/api/holds', expect: only({ coordinator: 201, admin: 201, inspectorate_liaison: 201 }) },
  { method: 'GET', url: '/api/holds/:id', expect: only({ ...HOLD_READERS }) },
  { method: 'PATCH', url: '/api/holds/:id', expect: only({ coordinator: 200, admin: 200, inspectorate_liaison: 200 }) },
  { method: 'POST', url: '/api/holds/:id/end', expect: only({ coordinator: 200, admin: 200, inspectorate_liaison: 200 }) },
  { method: 'POST', url: '/api/dialogues/:id/agency-notes', expect: only({ leader_skolverket: 201, leader_spsm: 201, coordinator: 201, admin: 201 }) },
  { method: 'GET', url: '/api/catalogue/versions', expect: everyone(200) },
  { method: 'GET', url: '/api/catalogue/versions/:id', expect: everyone(200) },
  { method: 'POST', url: '/api/catalogue/drafts', expect: only({ steward: 201 }) },
  { method: 'PUT', url: '/api/catalogue/versions/:id/content', expect: only({ steward: 200 }) },
  { method: 'POST', url: '/api/catalogue/versions/:id/publish', expect: only({ steward: 200 }) },
  { method: 'GET', url: '/api/catalogue/versions/:id/change-requests', expect: only({ ...CHANGE_REQUESTERS }) },
  { method: 'POST', url: '/api/catalogue/versions/:id/change-requests', expect: only({ steward: 201, leader_skolverket: 201, leader_spsm: 201, coordinator: 201 }) },
];

let t: TestApp;
const sessions = new Map<Who, Session>();
let ownOrganiser = '';
let otherOrganiser = '';
let otherRep: Session;
let invitations = 0;
let meetingDays = 0;
const MEETING_DAYS = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2032, 2, 1 + i)).toISOString().slice(0, 10)).filter(isWorkingDay);

beforeAll(async () => {
  // Batches stay queued (no runner), so that each one can still be cancelled.
  t = await createTestApp({ env: { BATCH_WORKER: 'false' } });
  for (const role of Object.keys(PERSONA) as Role[]) sessions.set(role, await signIn(t.app, PERSONA[role]));
  ownOrganiser = sessions.get('organiser_rep')!.organiserId!;
  otherRep = await signIn(t.app, 'huvudman-forskola');
  otherOrganiser = otherRep.organiserId!;
  await t.db.transaction((tx) => seedObservationTaxonomy(tx));
});
afterAll(async () => t?.close());

async function headers(who: Who, extra: Record<string, string> = {}) {
  if (who === 'anonymous') return extra;
  return as(sessions.get(who)!, extra);
}

async function publishedVersion() {
  const steward = sessions.get('steward')!;
  const list = (await t.app.inject({ method: 'GET', url: '/api/catalogue/versions', headers: as(steward) })).json();
  const id = list.items.find((v: { status: string }) => v.status === 'published').id;
  return (await t.app.inject({ method: 'GET', url: `/api/catalogue/versions/${id}`, headers: as(steward) })).json();
}

/** The steward's draft, created when there is none. */
async function currentDraft() {
  const steward = sessions.get('steward')!;
  const list = (await t.app.inject({ method: 'GET', url: '/api/catalogue/versions', headers: as(steward) })).json();
  let draft = list.items.find((v: { status: string }) => v.status === 'draft');
  if (!draft) draft = (await t.app.inject({ method: 'POST', url: '/api/catalogue/drafts', headers: as(steward), payload: { label: 'Utkast' } })).json();
  return (await t.app.inject({ method: 'GET', url: `/api/catalogue/versions/${draft.id}`, headers: as(steward) })).json();
}

const BATCH_FILTER = { filter: { county: '09', kind: ['kommun'] } };

async function queuedBatch(): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/analysis-basis/batches', headers: as(sessions.get('admin')!), payload: BATCH_FILTER });
  return res.json().id as string;
}

/** A stored document of the target organiser (no runner builds any here, so one is put in directly). */
const snapshots = new Map<Target, string>();
async function snapshotOf(organiserId: string, target: Target): Promise<string> {
  let id = snapshots.get(target);
  if (!id) {
    const version = await publishedVersion();
    const result = await t.db.transaction((tx) => tx.execute(sql`insert into basis_snapshots
      (organiser_id, format, inputs_key, catalogue_version_id, catalogue_label, content, bytes, sha256)
      values (${organiserId}, 'pdf', ${`matrix-${target}`}, ${version.id}, ${version.label}, ${Buffer.from('%PDF-1.7')}, 8, 'x') returning id`));
    id = (result as unknown as { rows: { id: string }[] }).rows[0]!.id;
    snapshots.set(target, id);
  }
  return id;
}

/** A fresh dialogue with the target organiser, with its pair; invited when asked. */
async function dialogueWith(organiserId: string, invited = false) {
  const coordinator = as(sessions.get('coordinator')!);
  const leaders = await rows<{ subject: string; id: string }>(t.db, sql`select subject, id from users where subject in ('demo:ledare-skolverket', 'demo:ledare-spsm')`);
  const leader = (subject: string) => leaders.find((l) => l.subject === subject)!.id;
  const created = await t.app.inject({
    method: 'POST', url: '/api/dialogues', headers: coordinator,
    payload: { organiserIds: [organiserId], officeCode: 'solna', leaderSkolverketId: leader('demo:ledare-skolverket'), leaderSpsmId: leader('demo:ledare-spsm'), answerDeadline: '2099-01-31' },
  });
  let detail = created.json();
  if (invited) {
    detail = (await t.app.inject({ method: 'POST', url: `/api/dialogues/${detail.id}/events`, headers: { ...coordinator, 'if-match': `"${detail.version}"` }, payload: { event: 'invite' } })).json();
  }
  return detail as { id: string; version: number };
}

/** A case of the target organiser brought to `state` directly (the lifecycle itself is tested elsewhere). */
async function dialogueIn(organiserId: string, state: string) {
  const d = await dialogueWith(organiserId);
  await t.db.transaction((tx) => tx.execute(sql`update dialogues set state = ${state}, version = version + 1 where id = ${d.id}`));
  return { id: d.id, version: d.version + 1 };
}

/** A case with notes in `status`; registered notes have their two register entries. */
async function notesIn(organiserId: string, status: 'draft' | 'sent' | 'agreed' | 'registered') {
  const d = await dialogueIn(organiserId, 'physical_held');
  const notesId = crypto.randomUUID();
  await t.db.transaction(async (tx) => {
    await tx.execute(sql`insert into dialogue_meeting_notes (id, dialogue_id, version_no, text, status, agreed_at, agreed_by)
      values (${notesId}, ${d.id}, 1, 'Anteckningar', ${status}, ${status === 'agreed' || status === 'registered' ? new Date() : null}, ${status === 'agreed' || status === 'registered' ? 'Lena Holmgren' : null})`);
    if (status === 'registered') {
      await tx.execute(sql`insert into dialogue_register_entries (notes_id, agency, case_number) values
        (${notesId}, 'skolverket', ${`M-${notesId}`}), (${notesId}, 'spsm', ${`M-${notesId}`})`);
    }
  });
  return { dialogueId: d.id, notesId };
}

/** A planned meeting on a case of the target organiser, inserted directly. */
async function meetingOf(organiserId: string) {
  const d = await dialogueIn(organiserId, 'accepted');
  const id = crypto.randomUUID();
  await t.db.transaction(async (tx) => {
    await tx.execute(sql`insert into dialogue_meetings (id, kind, starts_at, ends_at, video_url, ical_uid)
      values (${id}, 'intro', '2031-03-04T08:00:00Z', '2031-03-04T09:00:00Z', 'https://video.example.se/m', ${`matrix-${id}`})`);
    await tx.execute(sql`insert into dialogue_meeting_dialogues (meeting_id, dialogue_id) values (${id}, ${d.id})`);
  });
  return id;
}

async function documentOf(organiserId: string) {
  const d = await dialogueWith(organiserId);
  const id = crypto.randomUUID();
  await t.db.transaction((tx) => tx.execute(sql`insert into dialogue_documents (id, dialogue_id, filename, content_type, size_bytes, sha256, content)
    values (${id}, ${d.id}, 'plan.txt', 'text/plain', 4, 'x', ${Buffer.from('plan')})`));
  return id;
}

/** A shared self-assessment of the target organiser, started by its own representative, and its current detail. */
const selfAssessments = new Map<Target, string>();
async function sharedSelfAssessment(target: Target) {
  const owner = target === 'own' ? sessions.get('organiser_rep')! : otherRep;
  let id = selfAssessments.get(target);
  if (!id) {
    const created = await t.app.inject({ method: 'POST', url: `/api/organisers/${owner.organiserId}/self-assessments`, headers: as(owner), payload: { title: 'Matris' } });
    id = created.json().id as string;
    await t.app.inject({ method: 'PUT', url: `/api/self-assessments/${id}/sharing`, headers: as(owner, { 'if-match': '"1"' }), payload: { included: true } });
    selfAssessments.set(target, id);
  }
  const detail = await t.app.inject({ method: 'GET', url: `/api/self-assessments/${id}`, headers: as(owner) });
  return { owner, detail: detail.json() };
}

async function respondentLink() {
  const { owner, detail } = await sharedSelfAssessment('own');
  const res = await t.app.inject({ method: 'POST', url: `/api/self-assessments/${detail.id}/my-link`, headers: as(owner) });
  return res.json().token as string;
}

const taxonomyList = async () => (await t.app.inject({ method: 'GET', url: '/api/observation-taxonomies', headers: as(sessions.get('steward')!) })).json().items;
async function taxonomyDraft() {
  const steward = as(sessions.get('steward')!);
  let draft = (await taxonomyList()).find((v: { status: string }) => v.status === 'draft');
  if (!draft) draft = (await t.app.inject({ method: 'POST', url: '/api/observation-taxonomies/drafts', headers: steward })).json();
  return (await t.app.inject({ method: 'GET', url: `/api/observation-taxonomies/${draft.id}`, headers: steward })).json();
}
let feedbackToken: string | undefined;
async function surveyLink() {
  if (!feedbackToken) {
    const { id } = await dialogueIn(ownOrganiser, 'feedback_held');
    await t.app.inject({ method: 'POST', url: `/api/dialogues/${id}/feedback-survey`, headers: as(sessions.get('admin')!) });
    const [mail] = await rows<{ body_text: string }>(t.db, sql`select o.body_text from outbox_messages o join feedback_surveys s on s.id = o.related_id where s.dialogue_id = ${id} limit 1`);
    feedbackToken = /\/aterkoppling#([\w.-]+)/.exec(mail!.body_text)![1]!;
  }
  return feedbackToken;
}

let planningYear = 2300;
const firstWorkingDay = (from: string) => {
  let day = new Date(`${from}T12:00:00Z`);
  while (!isWorkingDay(day.toISOString().slice(0, 10))) day = new Date(day.getTime() + 86_400_000);
  return day.toISOString().slice(0, 10);
};
const cyclePayload = (year: number) => ({ name: `Matriscykel ${year}`, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, offerWithinYears: 1 });
const roundPayload = (year: number) => ({ name: `Matrisomgång ${year}`, invitationDate: firstWorkingDay(`${year}-03-02`), answerDeadline: firstWorkingDay(`${year}-03-23`) });
/** A fresh cycle in its own year (from 2300 on), so that planning rows never touch the cases invited today. */
async function planningCycle(): Promise<{ id: string; year: number }> {
  const year = planningYear++;
  const res = await t.app.inject({ method: 'POST', url: '/api/dialogue-cycles', headers: as(sessions.get('coordinator')!), payload: cyclePayload(year) });
  return { id: res.json().id as string, year };
}
async function pairIds() {
  const leaders = await rows<{ subject: string; id: string }>(t.db, sql`select subject, id from users where subject in ('demo:ledare-skolverket', 'demo:ledare-spsm')`);
  const leader = (subject: string) => leaders.find((l) => l.subject === subject)!.id;
  return { leaderSkolverketId: leader('demo:ledare-skolverket'), leaderSpsmId: leader('demo:ledare-spsm') };
}
async function planningRound(organiserId: string, { withCase = false, open = false } = {}) {
  const coordinator = as(sessions.get('coordinator')!);
  const cycle = await planningCycle();
  let round = (await t.app.inject({ method: 'POST', url: `/api/dialogue-cycles/${cycle.id}/rounds`, headers: coordinator, payload: roundPayload(cycle.year) })).json();
  if (withCase || open) {
    round = (await t.app.inject({ method: 'POST', url: `/api/dialogue-rounds/${round.id}/dialogues`, headers: coordinator, payload: { organiserIds: [organiserId], ...(await pairIds()) } })).json();
  }
  if (open) round = (await t.app.inject({ method: 'POST', url: `/api/dialogue-rounds/${round.id}/open`, headers: { ...coordinator, 'if-match': `"${round.version}"` } })).json();
  return round as { id: string; version: number };
}
const HOLD = { kind: 'inspection', plannedOn: '2199-06-01', startsOn: '2199-01-01' };
async function inspectorateHold(organiserId: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/holds', headers: as(sessions.get('inspectorate_liaison')!), payload: { organiserId, ...HOLD } });
  return res.json() as { id: string; version: number };
}

/** Builds a request that would succeed for an allowed caller: current versions, fresh resources. */
async function request(c: Case, who: Who, target: Target) {
  const organiserId = target === 'own' ? ownOrganiser : otherOrganiser;
  const admin = sessions.get('admin')!;
  const h = await headers(who);
  switch (`${c.method} ${c.url}`) {
    case 'POST /api/auth/dev-login':
      return { method: c.method, url: c.url, payload: { persona: who === 'anonymous' ? 'admin' : PERSONA[who] } };
    case 'POST /api/auth/logout': {
      const fresh = who === 'anonymous' ? {} : as(await signIn(t.app, PERSONA[who]));
      return { method: c.method, url: c.url, headers: fresh };
    }
    case 'PATCH /api/municipalities/:code/office': {
      const ref = (await t.app.inject({ method: 'GET', url: '/api/reference', headers: as(admin) })).json();
      const m = ref.municipalities.find((x: { code: string }) => x.code === '0125');
      return { method: c.method, url: '/api/municipalities/0125/office', headers: h, payload: { officeCode: null, version: m.version } };
    }
    case 'PATCH /api/organisers/:id': {
      const current = await t.app.inject({ method: 'GET', url: `/api/organisers/${organiserId}`, headers: as(admin) });
      return { method: c.method, url: `/api/organisers/${organiserId}`, headers: { ...h, 'if-match': current.headers.etag as string }, payload: { status: 'active' } };
    }
    case 'POST /api/organisers/:id/contacts':
      return { method: c.method, url: `/api/organisers/${organiserId}/contacts`, headers: h, payload: { name: 'Test Testsson', role: 'Rektor', validFrom: '2026-01-01' } };
    case 'POST /api/contacts/:id/end': {
      const created = await t.app.inject({ method: 'POST', url: `/api/organisers/${organiserId}/contacts`, headers: as(admin), payload: { name: 'Slut Person', role: 'Rektor', validFrom: '2025-01-01' } });
      const contact = created.json();
      return { method: c.method, url: `/api/contacts/${contact.id}/end`, headers: h, payload: { validTo: '2026-06-30', version: contact.version } };
    }
    case 'POST /api/imports/registry': {
      const file = multipartFile('file', 'huvudman.csv', 'organisationsnummer;namn;huvudmannatyp;kommunkod\n5565661815;Kunskapsskolan i Sverige AB;aktiebolag;0180\n');
      return { method: c.method, url: '/api/imports/registry?dryRun=true', headers: { ...h, ...file.headers }, payload: file.body };
    }
    case 'POST /api/imports/values': {
      const file = multipartFile('file', 'varden.csv', 'organisationsnummer;skolform;matt;ar;varde;n\n2120000126;grundskola;ind.gr.meritvarde;2024;231,5;48\n');
      return { method: c.method, url: '/api/imports/values?dryRun=true', headers: { ...h, ...file.headers }, payload: file.body };
    }
    case 'GET /api/catalogue/versions/:id':
    case 'GET /api/catalogue/versions/:id/change-requests':
      return { method: c.method, url: c.url.replace(':id', (await publishedVersion()).id), headers: h };
    case 'POST /api/catalogue/versions/:id/change-requests': {
      const version = await publishedVersion();
      return { method: c.method, url: c.url.replace(':id', version.id), headers: h, payload: { elementKey: version.content.goals[0].key, text: 'Förtydliga målet.' } };
    }
    case 'POST /api/catalogue/drafts':
      await t.db.read((q) => q.execute(sql`delete from catalogue_versions where status = 'draft'`));
      return { method: c.method, url: c.url, headers: h, payload: { label: 'Revidering 2026' } };
    case 'PUT /api/catalogue/versions/:id/content': {
      const draft = await currentDraft();
      return { method: c.method, url: c.url.replace(':id', draft.id), headers: { ...h, 'if-match': `"${draft.version}"` }, payload: { content: draft.content } };
    }
    case 'POST /api/catalogue/versions/:id/publish': {
      const draft = await currentDraft();
      return { method: c.method, url: c.url.replace(':id', draft.id), headers: { ...h, 'if-match': `"${draft.version}"` } };
    }
    case 'POST /api/analysis-basis/batches':
      return { method: c.method, url: c.url, headers: h, payload: BATCH_FILTER };
    case 'GET /api/analysis-basis/batches/:id':
    case 'POST /api/analysis-basis/batches/:id/cancel':
      return { method: c.method, url: c.url.replace(':id', await queuedBatch()), headers: h };
    case 'GET /api/analysis-basis/snapshots/:id/file':
      return { method: c.method, url: c.url.replace(':id', await snapshotOf(organiserId, target)), headers: h };
    case 'POST /api/dialogues':
      return { method: c.method, url: c.url, headers: h, payload: { organiserIds: [organiserId], officeCode: 'solna' } };
    case 'GET /api/dialogues/:id':
    case 'GET /api/dialogues/:id/agency-notes':
      return { method: c.method, url: c.url.replace(':id', (await dialogueWith(organiserId)).id), headers: h };
    case 'POST /api/dialogues/:id/agency-notes':
      return { method: c.method, url: c.url.replace(':id', (await dialogueWith(organiserId)).id), headers: h, payload: { text: 'Intern anteckning' } };
    case 'PATCH /api/dialogues/:id': {
      const d = await dialogueWith(organiserId);
      return { method: c.method, url: c.url.replace(':id', d.id), headers: { ...h, 'if-match': `"${d.version}"` }, payload: { focusQuestion: 'Hur vet ni vad som fungerar?' } };
    }
    case 'POST /api/dialogues/:id/events': {
      const d = await dialogueWith(organiserId, true);
      return { method: c.method, url: c.url.replace(':id', d.id), headers: { ...h, 'if-match': `"${d.version}"` }, payload: { event: 'accept' } };
    }
    case 'POST /api/dialogues/:id/reminders':
      return { method: c.method, url: c.url.replace(':id', (await dialogueWith(organiserId, true)).id), headers: h, payload: {} };
    case 'GET /api/dialogues/:id/timeline':
    case 'GET /api/dialogues/:id/notes':
    case 'GET /api/dialogues/:id/documents':
      return { method: c.method, url: c.url.replace(':id', (await dialogueWith(organiserId)).id), headers: h };
    case 'POST /api/dialogues/:id/meetings': {
      const d = await dialogueIn(organiserId, 'accepted');
      // Each booking on its own working day: the cases share one leader pair, who cannot be booked twice at once.
      const date = MEETING_DAYS[meetingDays++ % MEETING_DAYS.length]!;
      return { method: c.method, url: c.url.replace(':id', d.id), headers: h, payload: { kind: 'intro', start: `${date}T09:00:00+01:00`, end: `${date}T10:00:00+01:00`, videoUrl: 'https://video.example.se/m' } };
    }
    case 'PATCH /api/dialogue-meetings/:id': {
      const date = MEETING_DAYS[meetingDays++ % MEETING_DAYS.length]!;
      return { method: c.method, url: c.url.replace(':id', await meetingOf(organiserId)), headers: { ...h, 'if-match': '"1"' }, payload: { start: `${date}T13:00:00+01:00`, end: `${date}T14:00:00+01:00`, videoUrl: 'https://video.example.se/m' } };
    }
    case 'POST /api/dialogue-meetings/:id/cancel':
      return { method: c.method, url: c.url.replace(':id', await meetingOf(organiserId)), headers: { ...h, 'if-match': '"1"' }, payload: {} };
    case 'PUT /api/dialogues/:id/notes/draft':
      return { method: c.method, url: c.url.replace(':id', (await dialogueIn(organiserId, 'physical_held')).id), headers: h, payload: { text: 'Utkast', baseRevision: 0 } };
    case 'POST /api/dialogues/:id/notes/send':
    case 'POST /api/dialogues/:id/notes/comment':
    case 'POST /api/dialogues/:id/notes/approve':
    case 'POST /api/dialogues/:id/notes/register': {
      const status = c.url.endsWith('send') ? 'draft' : c.url.endsWith('register') ? 'agreed' : 'sent';
      const { dialogueId, notesId } = await notesIn(organiserId, status);
      return { method: c.method, url: c.url.replace(':id', dialogueId), headers: h, payload: { notesId, revision: 1, ...(c.url.endsWith('comment') ? { comment: 'Stämmer inte.' } : {}) } };
    }
    case 'POST /api/dialogues/:id/notes/corrections': {
      const { dialogueId } = await notesIn(organiserId, 'registered');
      return { method: c.method, url: c.url.replace(':id', dialogueId), headers: h, payload: { text: 'Rättad text' } };
    }
    case 'GET /api/dialogue-notes/:id/record':
      return { method: c.method, url: c.url.replace(':id', (await notesIn(organiserId, 'registered')).notesId), headers: h };
    case 'PUT /api/case-number-formats/:agency':
      return { method: c.method, url: '/api/case-number-formats/skolverket', headers: h, payload: { format: '{year}:{number}' } };
    case 'POST /api/dialogues/:id/documents': {
      const file = multipartFile('file', 'plan.txt', 'Vår plan');
      return { method: c.method, url: c.url.replace(':id', (await dialogueWith(organiserId)).id), headers: { ...h, ...file.headers }, payload: file.body };
    }
    case 'GET /api/dialogue-documents/:id/file':
    case 'DELETE /api/dialogue-documents/:id':
      return { method: c.method, url: c.url.replace(':id', await documentOf(organiserId)), headers: h };
    case 'GET /api/observation-taxonomies/:id':
      return { method: c.method, url: c.url.replace(':id', (await taxonomyList()).find((v: { status: string }) => v.status === 'published').id), headers: h };
    case 'POST /api/observation-taxonomies/drafts':
      await t.db.read((q) => q.execute(sql`delete from observation_taxonomies where status = 'draft'`));
      return { method: c.method, url: c.url, headers: h };
    case 'PUT /api/observation-taxonomies/:id/themes': {
      const draft = await taxonomyDraft();
      return { method: c.method, url: c.url.replace(':id', draft.id), headers: { ...h, 'if-match': `"${draft.version}"` }, payload: { themes: draft.themes } };
    }
    case 'POST /api/observation-taxonomies/:id/publish': {
      const draft = await taxonomyDraft();
      return { method: c.method, url: c.url.replace(':id', draft.id), headers: { ...h, 'if-match': `"${draft.version}"` } };
    }
    case 'GET /api/dialogues/:id/observation':
      return { method: c.method, url: c.url.replace(':id', (await dialogueIn(organiserId, 'physical_held')).id), headers: h };
    case 'PUT /api/dialogues/:id/observation':
      return { method: c.method, url: c.url.replace(':id', (await dialogueIn(organiserId, 'physical_held')).id), headers: { ...h, 'if-match': '"0"' }, payload: { entries: [], internalComment: null } };
    case 'POST /api/dialogues/:id/observation/submit': {
      const { id } = await dialogueIn(organiserId, 'physical_held');
      const published = (await taxonomyList()).find((v: { status: string }) => v.status === 'published');
      const taxonomy = (await t.app.inject({ method: 'GET', url: `/api/observation-taxonomies/${published.id}`, headers: as(admin) })).json();
      await t.app.inject({ method: 'PUT', url: `/api/dialogues/${id}/observation`, headers: as(admin, { 'if-match': '"0"' }), payload: { entries: [{ themeKey: taxonomy.themes[0].key, needKeys: [], level: 2 }] } });
      return { method: c.method, url: c.url.replace(':id', id), headers: { ...h, 'if-match': '"1"' } };
    }
    case 'GET /api/dialogues/:id/feedback-survey':
      return { method: c.method, url: c.url.replace(':id', (await dialogueIn(organiserId, 'feedback_held')).id), headers: h };
    case 'POST /api/dialogues/:id/feedback-survey':
      // The own organiser has contacts with e-mail; representatives are refused by role anyway.
      return { method: c.method, url: c.url.replace(':id', (await dialogueIn(ownOrganiser, 'feedback_held')).id), headers: h };
    case 'GET /api/feedback':
      return { method: c.method, url: c.url, headers: { ...h, 'x-link-token': await surveyLink() } };
    case 'POST /api/feedback/responses':
      return { method: c.method, url: c.url, headers: { ...h, 'x-link-token': await surveyLink() }, payload: { answers: Object.fromEntries(FEEDBACK_QUESTION_KEYS.map((k) => [k, 3])) } };
    case 'GET /api/dialogues/:id/actions':
      return { method: c.method, url: c.url.replace(':id', (await dialogueWith(organiserId)).id), headers: h };
    case 'POST /api/dialogues/:id/actions':
      return { method: c.method, url: c.url.replace(':id', (await dialogueIn(organiserId, 'feedback_held')).id), headers: h, payload: { text: 'Ny rutin', reportedOn: '2025-01-15' } };
    case 'PATCH /api/dialogue-actions/:id': {
      const { id } = await dialogueIn(organiserId, 'feedback_held');
      const list = (await t.app.inject({ method: 'POST', url: `/api/dialogues/${id}/actions`, headers: as(admin), payload: { text: 'Ny rutin', reportedOn: '2025-01-15' } })).json();
      return { method: c.method, url: c.url.replace(':id', list.items[0].id), headers: { ...h, 'if-match': list.items[0].etag }, payload: { status: 'done' } };
    }
    case 'POST /api/dialogue-cycles':
      return { method: c.method, url: c.url, headers: h, payload: cyclePayload(planningYear++) };
    case 'GET /api/dialogue-cycles/:id/rounds':
    case 'GET /api/dialogue-cycles/:id/eligibility':
      return { method: c.method, url: c.url.replace(':id', (await planningCycle()).id), headers: h };
    case 'POST /api/dialogue-cycles/:id/rounds': {
      const cycle = await planningCycle();
      return { method: c.method, url: c.url.replace(':id', cycle.id), headers: h, payload: roundPayload(cycle.year) };
    }
    case 'GET /api/dialogue-rounds/:id':
    case 'GET /api/dialogue-rounds/:id/collisions':
      return { method: c.method, url: c.url.replace(':id', (await planningRound(organiserId)).id), headers: h };
    case 'POST /api/dialogue-rounds/:id/dialogues':
      return { method: c.method, url: c.url.replace(':id', (await planningRound(organiserId)).id), headers: h, payload: { organiserIds: [organiserId], ...(await pairIds()) } };
    case 'POST /api/dialogue-rounds/:id/open': {
      const round = await planningRound(organiserId, { withCase: true });
      return { method: c.method, url: c.url.replace(':id', round.id), headers: { ...h, 'if-match': `"${round.version}"` } };
    }
    case 'POST /api/dialogue-rounds/:id/no-answers':
      return { method: c.method, url: c.url.replace(':id', (await planningRound(organiserId, { open: true })).id), headers: h };
    case 'POST /api/holds':
      return { method: c.method, url: c.url, headers: h, payload: { organiserId, ...HOLD } };
    case 'GET /api/holds/:id':
      return { method: c.method, url: c.url.replace(':id', (await inspectorateHold(organiserId)).id), headers: h };
    case 'PATCH /api/holds/:id': {
      const hold = await inspectorateHold(organiserId);
      return { method: c.method, url: c.url.replace(':id', hold.id), headers: { ...h, 'if-match': `"${hold.version}"` }, payload: { plannedOn: '2199-07-01' } };
    }
    case 'POST /api/holds/:id/end': {
      const hold = await inspectorateHold(organiserId);
      return { method: c.method, url: c.url.replace(':id', hold.id), headers: { ...h, 'if-match': `"${hold.version}"` } };
    }
    case 'POST /api/organisers/:id/self-assessments':
      return { method: c.method, url: c.url.replace(':id', organiserId), headers: h, payload: { title: 'Ny självskattning' } };
    case 'GET /api/self-assessments/:id':
    case 'POST /api/self-assessments/:id/my-link':
      return { method: c.method, url: c.url.replace(':id', (await sharedSelfAssessment(target)).detail.id), headers: h };
    case 'POST /api/self-assessments/:id/invitations': {
      invitations += 1;
      const { detail } = await sharedSelfAssessment(target);
      return {
        method: c.method, url: c.url.replace(':id', detail.id), headers: h,
        payload: { respondents: [{ name: 'Inbjuden Person', email: `inbjuden${invitations}@example.se`, position: 'Rektor' }] },
      };
    }
    case 'POST /api/self-assessments/:id/respondents/:respondentId/new-link': {
      const { detail } = await sharedSelfAssessment(target);
      return { method: c.method, url: `/api/self-assessments/${detail.id}/respondents/${detail.respondents[0].id}/new-link`, headers: h };
    }
    case 'PUT /api/self-assessments/:id/sharing': {
      const { detail } = await sharedSelfAssessment(target);
      return { method: c.method, url: c.url.replace(':id', detail.id), headers: { ...h, 'if-match': `"${detail.version}"` }, payload: { included: true } };
    }
    case 'GET /api/respond':
      return { method: c.method, url: c.url, headers: { ...h, 'x-link-token': await respondentLink() } };
    case 'PUT /api/respond/answers/:statementKey': {
      const token = await respondentLink();
      const form = (await t.app.inject({ method: 'GET', url: '/api/respond', headers: { 'x-link-token': token } })).json();
      const key = form.factors[0].statements[0].key as string;
      const revision = form.answers.find((a: { statementKey: string }) => a.statementKey === key)?.revision ?? 0;
      return {
        method: c.method, url: `/api/respond/answers/${key}`, headers: { ...h, 'x-link-token': token },
        payload: { rating: 3, dontKnow: false, comment: '', baseRevision: revision },
      };
    }
    default:
      return { method: c.method, url: c.url.replace(':id', organiserId), headers: h };
  }
}

describe('access matrix', () => {
  it('has a row for every registered API route', () => {
    const registered = t.routes.map((r) => `${r.method} ${r.url}`).sort();
    const table = CASES.map((c) => `${c.method} ${c.url}`).sort();
    expect(table).toEqual(registered);
  });

  for (const c of CASES) {
    for (const who of WHO) {
      for (const target of ['own', 'other'] as const) {
        const expected = c.expect[who];
        const status = Array.isArray(expected) ? expected[target === 'own' ? 0 : 1] : expected;
        it(`${c.method} ${c.url} as ${who} (${target}) → ${status}`, async () => {
          const res = await t.app.inject(await request(c, who, target));
          expect(res.statusCode, res.body).toBe(status);
        });
      }
    }
  }
});
