/**
 * Holds: periods in which an organiser must not be invited. The inspectorate liaison registers planned
 * inspections and quality reviews (form or API); a repeated registration with the same reference
 * updates that hold instead of adding a second one, and an identical repetition changes nothing. The
 * agencies' coordinators add targeted interventions and manual holds. The inspectorate reaches only
 * its own holds; the agencies reach all.
 */
import { swedishToday } from '../calendar/swedish-time.ts';
import type { Hold, HoldCreate, HoldListQuery, HoldUpdate } from '../../../../shared/api/dialogue-planning.ts';
import type { ErrorDetail } from '../../../../shared/errors.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound, validation, versionConflict } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import {
  findHold, findOrganiserRef, insertHold, listHolds as holdRows, lockHold, lockHoldByRef, updateHoldIfVersion, type HoldRow, type HoldScope,
} from './hold-repository.ts';
import { defaultReason, holdDates, isInspectorateKind, orgNumberInput } from './hold-rules.ts';

export const holdScope = (actor: Actor): HoldScope =>
  (actor.role === 'inspectorate_liaison' ? { kind: 'source', source: 'inspectorate' } : { kind: 'all' });

const sourceOf = (actor: Actor): HoldRow['source'] => (actor.role === 'inspectorate_liaison' ? 'inspectorate' : 'agency');

const presentHold = ({ hold: h, organiserName, orgNumber }: { hold: HoldRow; organiserName: string; orgNumber: string }): Hold => ({
  id: h.id, organiser: { id: h.organiserId, name: organiserName, orgNumber }, kind: h.kind, startsOn: h.startsOn, endsOn: h.endsOn,
  plannedOn: h.plannedOn, reason: h.reason, source: h.source, externalRef: h.externalRef, createdAt: h.createdAt.toISOString(),
  endedAt: h.endedAt ? h.endedAt.toISOString() : null, version: h.version,
});

const detailsOf = (h: HoldRow) => ({ kind: h.kind, startsOn: h.startsOn, endsOn: h.endsOn, plannedOn: h.plannedOn, source: h.source, externalRef: h.externalRef });

export async function listHolds({ db, actor, query, now = new Date() }: { db: Database; actor: Actor; query: HoldListQuery; now?: Date }) {
  const today = swedishToday(now);
  let organiserIds: string[] | undefined = query.organiserId ? [query.organiserId] : undefined;
  if (query.orgNumber) {
    const parsed = orgNumberInput(query.orgNumber);
    if ('problem' in parsed) throw validation([{ path: 'orgNumber', field: 'orgNumber', message: parsed.problem }]);
    const found = await db.read((q) => findOrganiserRef(q, { orgNumber: parsed.value }));
    organiserIds = found && (!organiserIds || organiserIds.includes(found.id)) ? [found.id] : [];
  }
  const { items, total } = await db.read((q) => holdRows(q, holdScope(actor), { ...query, today, organiserIds }));
  return { total, items: items.map(presentHold) };
}

export async function getHold({ db, actor, id }: { db: Database; actor: Actor; id: string }): Promise<Hold> {
  const row = await db.read((q) => findHold(q, id, holdScope(actor)));
  if (!row) throw notFound('Uppehållet');
  return presentHold(row);
}

function organiserProblems(input: HoldCreate): { problems: ErrorDetail[]; by: { id: string } | { orgNumber: string } | null } {
  if (input.organiserId && input.orgNumber) {
    return { problems: [{ path: 'orgNumber', field: 'orgNumber', message: 'Ange huvudmannen med antingen organiserId eller orgNumber, inte båda.' }], by: null };
  }
  if (input.organiserId) return { problems: [], by: { id: input.organiserId } };
  if (!input.orgNumber) return { problems: [{ path: 'orgNumber', field: 'orgNumber', message: 'Ange huvudmannens organisationsnummer.' }], by: null };
  const parsed = orgNumberInput(input.orgNumber);
  if ('problem' in parsed) return { problems: [{ path: 'orgNumber', field: 'orgNumber', message: parsed.problem }], by: null };
  return { problems: [], by: { orgNumber: parsed.value } };
}

const isUniqueViolation = (error: unknown) =>
  String((error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code) === '23505';

/** Registers a hold, or updates the one registered before under the same reference. `created` tells which. */
export async function registerHold({ db, actor, input, now = new Date() }: {
  db: Database; actor: Actor; input: HoldCreate; now?: Date;
}): Promise<{ hold: Hold; created: boolean }> {
  const today = swedishToday(now);
  const source = sourceOf(actor);
  const organiser = organiserProblems(input);
  const problems = [...organiser.problems];
  if (source === 'inspectorate' && !isInspectorateKind(input.kind)) {
    problems.push({ path: 'kind', field: 'kind', message: 'Skolinspektionen registrerar planerad tillsyn eller kvalitetsgranskning; andra uppehåll läggs av samordnarna.' });
  }
  const given = new Set((['plannedOn', 'startsOn', 'endsOn', 'reason'] as const).filter((f) => input[f] !== undefined));
  const { dates, problems: dateProblems } = holdDates({
    kind: input.kind, plannedOn: input.plannedOn ?? null, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, reason: input.reason ?? null, given, today,
  });
  problems.push(...dateProblems);
  if (problems.length > 0 || !organiser.by) throw validation(problems);
  const by = organiser.by;
  const reason = input.reason ?? defaultReason(input.kind, dates.plannedOn!);

  const result = await db.transaction(async (tx) => {
    const target = await findOrganiserRef(tx, by);
    if (!target) {
      throw validation(['id' in by
        ? { path: 'organiserId', field: 'organiserId', message: 'Huvudmannen finns inte.' }
        : { path: 'orgNumber', field: 'orgNumber', message: `Det finns ingen huvudman med organisationsnumret ${input.orgNumber!.trim()}.` }]);
    }
    const values = { organiserId: target.id, kind: input.kind, ...dates, reason };
    const existing = input.externalRef ? await lockHoldByRef(tx, source, input.externalRef) : undefined;
    if (existing) {
      if (existing.endedAt) {
        throw new DomainError('conflict', `Uppehållet med referensen ${input.externalRef} är avslutat. Registrera det med en ny referens om det ska gälla igen.`, 'hold ended');
      }
      // A hold already in place keeps its first day when the repetition names none.
      if (input.startsOn === undefined) values.startsOn = existing.startsOn;
      const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => existing[k] !== values[k]);
      if (changed.length === 0) return { id: existing.id, created: false };
      const updated = await updateHoldIfVersion(tx, existing.id, existing.version, values);
      if (!updated) throw versionConflict('Uppehållet');
      await audit(tx, actor, { event: 'hold.updated', entityType: 'dialogue_hold', entityId: updated.id, organiserId: updated.organiserId, details: { ...detailsOf(updated), fields: changed } });
      return { id: updated.id, created: false };
    }
    const row = await insertHold(tx, { ...values, source, externalRef: input.externalRef ?? null, createdBy: actor.userId });
    await audit(tx, actor, { event: 'hold.created', entityType: 'dialogue_hold', entityId: row.id, organiserId: row.organiserId, details: detailsOf(row) });
    return { id: row.id, created: true };
  }).catch((error: unknown) => {
    if (isUniqueViolation(error)) {
      throw new DomainError('conflict', `Ett uppehåll med referensen ${input.externalRef} registrerades samtidigt. Försök igen.`, 'external ref race');
    }
    throw error;
  });
  return { hold: await getHold({ db, actor, id: result.id }), created: result.created };
}

export async function updateHold({ db, actor, id, version, changes, now = new Date() }: {
  db: Database; actor: Actor; id: string; version: number; changes: HoldUpdate; now?: Date;
}): Promise<Hold> {
  await db.transaction(async (tx) => {
    const current = await lockHold(tx, id, holdScope(actor));
    if (!current) throw notFound('Uppehållet');
    if (current.version !== version) throw versionConflict('Uppehållet');
    if (current.endedAt) throw new DomainError('conflict', 'Uppehållet är avslutat och kan inte ändras.', 'hold ended');
    const kind = changes.kind ?? current.kind;
    if (isInspectorateKind(kind) !== isInspectorateKind(current.kind)) {
      throw validation([{ path: 'kind', field: 'kind', message: 'Tillsyn och granskning kan inte göras om till ett annat slags uppehåll. Avsluta uppehållet och registrera ett nytt.' }]);
    }
    const given = new Set((['plannedOn', 'startsOn', 'endsOn', 'reason'] as const).filter((f) => changes[f] !== undefined));
    const { dates, problems } = holdDates({
      kind, plannedOn: changes.plannedOn ?? current.plannedOn, startsOn: changes.startsOn ?? current.startsOn,
      endsOn: isInspectorateKind(kind) ? (changes.endsOn ?? null) : (changes.endsOn ?? current.endsOn),
      reason: changes.reason ?? current.reason, given, today: swedishToday(now),
    });
    if (problems.length > 0) throw validation(problems);
    // The inspectorate's default reason follows its planned day; a reason someone wrote stays.
    const wasDefault = current.plannedOn !== null && current.reason === defaultReason(current.kind, current.plannedOn);
    const reason = changes.reason ?? (wasDefault && dates.plannedOn ? defaultReason(kind, dates.plannedOn) : current.reason);
    const updated = await updateHoldIfVersion(tx, id, version, { kind, ...dates, reason });
    if (!updated) throw versionConflict('Uppehållet');
    await audit(tx, actor, {
      event: 'hold.updated', entityType: 'dialogue_hold', entityId: id, organiserId: updated.organiserId, details: { ...detailsOf(updated), fields: Object.keys(changes) },
    });
  });
  return getHold({ db, actor, id });
}

export async function endHold({ db, actor, id, version, now = new Date() }: { db: Database; actor: Actor; id: string; version: number; now?: Date }): Promise<Hold> {
  await db.transaction(async (tx) => {
    const current = await lockHold(tx, id, holdScope(actor));
    if (!current) throw notFound('Uppehållet');
    if (current.version !== version) throw versionConflict('Uppehållet');
    if (current.endedAt) throw new DomainError('conflict', 'Uppehållet är redan avslutat.', 'hold ended');
    const updated = await updateHoldIfVersion(tx, id, version, { endedAt: now });
    if (!updated) throw versionConflict('Uppehållet');
    await audit(tx, actor, { event: 'hold.ended', entityType: 'dialogue_hold', entityId: id, organiserId: updated.organiserId, details: detailsOf(updated) });
  });
  return getHold({ db, actor, id });
}
