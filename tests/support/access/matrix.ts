/**
 * What the access matrix's request builders share: who calls, about which organiser, and the test
 * app with one signed-in session per role. Each module's builders live in their own file here; the
 * table of expected statuses stays in `tests/integration/access-matrix.test.ts`.
 */
import type { InjectOptions } from 'fastify';
import type { Role } from '../../../src/shared/roles.ts';
import { as, type Session, type TestApp } from '../app.ts';

export type Who = Role | 'anonymous';
export type Target = 'own' | 'other';
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export const PERSONA: Record<Role, string> = {
  leader_skolverket: 'ledare-skolverket',
  leader_spsm: 'ledare-spsm',
  coordinator: 'samordnare',
  organiser_rep: 'huvudman-kommun',
  inspectorate_liaison: 'skolinspektionen',
  analyst: 'analytiker',
  steward: 'forvaltare',
  admin: 'admin',
};
export const WHO: Who[] = ['anonymous', ...(Object.keys(PERSONA) as Role[])];

/** The test app, a session per role, the representative's own organiser and another one. */
export interface Matrix {
  t: TestApp;
  sessions: Map<Role, Session>;
  ownOrganiser: string;
  otherOrganiser: string;
  /** The representative of the other organiser, who owns what the matrix calls "other". */
  otherRep: Session;
}

/** One call of the matrix: the route, the caller's headers and the organiser it is about. */
export interface Call {
  method: Method;
  url: string;
  who: Who;
  target: Target;
  organiserId: string;
  headers: Record<string, string>;
}

/** Builds a request that would succeed for an allowed caller: current versions, fresh resources. */
export type Builder = (call: Call) => Promise<InjectOptions>;
/** Builders by "METHOD /route"; a route without one gets the organiser as its `:id`. */
export type Builders = Record<string, Builder>;

/** The headers of a signed-in role. */
export const headersOf = (m: Matrix, role: Role, extra: Record<string, string> = {}) => as(m.sessions.get(role)!, extra);

/** The `:id` of the route replaced by `id`. */
export const at = (call: Call, id: string): InjectOptions => ({ method: call.method, url: call.url.replace(':id', id), headers: call.headers });
