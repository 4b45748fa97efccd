/**
 * Declared access. Every API route carries `config.access`; start-up refuses a route without one.
 * The rule says who may call the route at all; which rows they reach is decided by the repository
 * (organiser scope in the WHERE clause), so a route cannot forget it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Agency, Role } from '../../../shared/roles.ts';
import { DomainError } from '../errors.ts';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed_in' }
  | { kind: 'roles'; roles: readonly Role[] }
  /** Reached without an account through a signed link, sent in the `x-link-token` header; the use case verifies it. */
  | { kind: 'link' };

export const PUBLIC: AccessRule = { kind: 'public' };
export const LINK: AccessRule = { kind: 'link' };
export const LINK_HEADER = 'x-link-token';
export const SIGNED_IN: AccessRule = { kind: 'signed_in' };
export const roles = (...allowed: Role[]): AccessRule => ({ kind: 'roles', roles: allowed });

export interface Actor {
  userId: string;
  name: string;
  role: Role;
  agency: Agency | null;
  /** Set for organiser representatives: the only organiser they reach. */
  organiserId: string | null;
}

/** Which organisers' rows a query may return. */
export type OrganiserScope = { kind: 'all' } | { kind: 'organiser'; organiserId: string };

export function organiserScope(actor: Actor): OrganiserScope {
  if (actor.role === 'organiser_rep') {
    // A representative without an organiser reaches nothing: a uuid no row has.
    return { kind: 'organiser', organiserId: actor.organiserId ?? '00000000-0000-0000-0000-000000000000' };
  }
  return { kind: 'all' };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export interface RouteRecord {
  method: string;
  url: string;
  access: AccessRule;
}

/** Refuses, at registration, any /api route that does not declare its rule; records the rest. */
export function enforceDeclaredAccess(app: FastifyInstance, registry: RouteRecord[]): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const access = (route.config as { access?: AccessRule } | undefined)?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      registry.push({ method, url: route.url, access });
    }
  });
}

export function checkAccess(request: FastifyRequest, _reply: FastifyReply): void {
  const rule = request.routeOptions.config.access;
  if (!rule || rule.kind === 'public') return;
  if (rule.kind === 'link') {
    if (typeof request.headers[LINK_HEADER] !== 'string') {
      throw new DomainError('unauthenticated', 'Länken saknas. Öppna sidan från länken i e-postmeddelandet.', 'no link token');
    }
    return;
  }
  if (!request.actor) throw new DomainError('unauthenticated', 'Du behöver logga in.', 'no session');
  if (rule.kind === 'roles' && !rule.roles.includes(request.actor.role)) {
    throw new DomainError('forbidden', 'Du har inte behörighet att göra detta.', `role ${request.actor.role} refused`);
  }
}

export function linkToken(request: FastifyRequest): string {
  const token = request.headers[LINK_HEADER];
  if (typeof token !== 'string') throw new DomainError('unauthenticated', 'Länken saknas. Öppna sidan från länken i e-postmeddelandet.', 'no link token');
  return token;
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'Du behöver logga in.', 'no session');
  return request.actor;
}
