/**
 * Walks every API route × every role × own/other organiser and asserts the exact status. The table
 * below is written by hand from the access policy, not derived from the code under test; a route the
 * app registers without a row here fails the test. The requests themselves are built per module in
 * `tests/support/access/`.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedObservationTaxonomy } from '../../src/server/modules/dialogues/observations/demo-taxonomy.ts';
import type { Role } from '../../src/shared/roles.ts';
import { analysisRequests } from '../support/access/analysis.ts';
import { apiKeyRequests } from '../support/access/api-keys.ts';
import { dialogueFormRequests } from '../support/access/dialogue-forms.ts';
import { planningRequests } from '../support/access/dialogue-planning.ts';
import { dialogueRequests } from '../support/access/dialogues.ts';
import { PERSONA, WHO, type Builders, type Matrix, type Method, type Target, type Who } from '../support/access/matrix.ts';
import { registryRequests } from '../support/access/registry.ts';
import { selfAssessmentRequests } from '../support/access/self-assessment.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';

/** A status for both targets, or [own, other]. */
type Expect = number | [number, number];

interface Case {
  method: Method;
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
  { method: 'GET', url: '/api/api-keys', expect: only({ admin: 200 }) },
  { method: 'POST', url: '/api/api-keys', expect: only({ admin: 201 }) },
  { method: 'POST', url: '/api/api-keys/:id/revoke', expect: only({ admin: 200 }) },
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
  { method: 'GET', url: '/api/dialogues/:id/intro-meetings', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogues/:id/intro-meetings/:meetingId/join', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogue-meetings/:id/cancel', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'GET', url: '/api/dialogues/:id/notes', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'PUT', url: '/api/dialogues/:id/notes/draft', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogues/:id/notes/send', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogues/:id/notes/comment', expect: only({ organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/dialogues/:id/notes/approve', expect: only({ organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/dialogues/:id/notes/register', expect: only({ ...DIALOGUE_RUNNERS }) },
  { method: 'POST', url: '/api/dialogues/:id/notes/corrections', expect: only({ leader_skolverket: 201, leader_spsm: 201, coordinator: 201, admin: 201 }) },
  // Whoever holds the signed link in the notes e-mail (the link tests cover 401 and a superseded version).
  { method: 'GET', url: '/api/notes-review', expect: open(200) },
  { method: 'POST', url: '/api/notes-review/answer', expect: open(200) },
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
/** Builds a request that would succeed for an allowed caller: current versions, fresh resources. */
let request: (c: Case, who: Who, target: Target) => Promise<InjectOptions>;
let builtRoutes: string[] = [];

beforeAll(async () => {
  // Batches stay queued (no runner), so that each one can still be cancelled.
  t = await createTestApp({ env: { BATCH_WORKER: 'false' } });
  const sessions = new Map<Role, Session>();
  for (const role of Object.keys(PERSONA) as Role[]) sessions.set(role, await signIn(t.app, PERSONA[role]));
  const otherRep = await signIn(t.app, 'huvudman-forskola');
  await t.db.transaction((tx) => seedObservationTaxonomy(tx));
  const m: Matrix = { t, sessions, ownOrganiser: sessions.get('organiser_rep')!.organiserId!, otherOrganiser: otherRep.organiserId!, otherRep };
  const builders: Builders = {
    ...registryRequests(m), ...apiKeyRequests(m), ...analysisRequests(m), ...selfAssessmentRequests(m),
    ...dialogueRequests(m), ...dialogueFormRequests(m), ...planningRequests(m),
  };
  builtRoutes = Object.keys(builders);
  request = async (c, who, target) => {
    const organiserId = target === 'own' ? m.ownOrganiser : m.otherOrganiser;
    const headers = who === 'anonymous' ? {} : as(sessions.get(who)!);
    const build = builders[`${c.method} ${c.url}`];
    const call = { method: c.method, url: c.url, who, target, organiserId, headers };
    // A route without a builder needs nothing but the organiser as its `:id`.
    return build ? build(call) : { method: c.method, url: c.url.replace(':id', organiserId), headers };
  };
});
afterAll(async () => t?.close());

describe('access matrix', () => {
  it('has a row for every registered API route', () => {
    const registered = t.routes.map((r) => `${r.method} ${r.url}`).sort();
    const table = CASES.map((c) => `${c.method} ${c.url}`).sort();
    expect(table).toEqual(registered);
  });

  it('builds requests only for routes in the table', () => {
    const table = new Set(CASES.map((c) => `${c.method} ${c.url}`));
    expect(builtRoutes.filter((route) => !table.has(route))).toEqual([]);
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
