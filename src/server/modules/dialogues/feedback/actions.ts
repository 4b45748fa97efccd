/**
 * Actions the organiser reported (usually at the follow-up meeting), recorded by the pair: what, which
 * observation theme it answers, how far it has come. The organiser's representatives read their own
 * organiser's actions; a change names the content it was made against (If-Match), so that two
 * leaders cannot overwrite each other.
 */
import { createHash } from 'node:crypto';
import { ACTION_STATES, type ActionList, type ActionStatus, type FollowUpAction } from '../../../../shared/api/dialogue-feedback.ts';
import { DIALOGUE_STATE_LABELS } from '../../../../shared/dialogues.ts';
import { FILL_OBSERVATIONS } from '../../../../shared/policy/dialogues.ts';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound, validation, versionConflict } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import { swedishToday } from '../calendar/swedish-time.ts';
import { themeIndex } from '../observations/summary.ts';
import { findLatestPublishedTaxonomy, taxonomyLabels } from '../observations/repository.ts';
import { findDialogue, organisersOf } from '../repository.ts';
import { actionsOf, findAction, insertAction, updateActionIfUnchanged, type ActionRow } from './repository.ts';

/** The action's entity tag: its changeable content (the table keeps no version number). */
export const actionEtag = (row: Pick<ActionRow, 'text' | 'status'>): string =>
  `"${createHash('sha256').update(JSON.stringify([row.status, row.text])).digest('hex').slice(0, 20)}"`;

/** The If-Match value as sent, with or without quotes or the weak prefix. */
export function ifMatchTag(header: string | undefined): string {
  if (!header) {
    throw new DomainError('precondition_required', 'Ändringen saknar versionsuppgift (If-Match). Ladda om sidan och försök igen.', 'If-Match missing');
  }
  return `"${header.trim().replace(/^W\//, '').replace(/^"|"$/g, '')}"`;
}

async function themeLabels(q: Queryable): Promise<Map<string, string>> {
  return new Map(themeIndex(await taxonomyLabels(q)).map((t) => [t.key, t.label]));
}

const present = (row: ActionRow, labels: Map<string, string>): FollowUpAction => ({
  id: row.id, text: row.text, themeKey: row.themeKey, themeLabel: row.themeKey ? labels.get(row.themeKey) ?? row.themeKey : null,
  status: row.status, reportedOn: row.reportedOn, createdAt: row.createdAt.toISOString(), etag: actionEtag(row),
});

export async function listActions({ db, actor, dialogueId }: { db: Database; actor: Actor; dialogueId: string }): Promise<ActionList> {
  return db.read(async (q) => {
    const dialogue = await findDialogue(q, dialogueId, organiserScope(actor));
    if (!dialogue) throw notFound('Dialogen');
    const [rows, labels, latest] = await Promise.all([actionsOf(q, dialogueId), themeLabels(q), findLatestPublishedTaxonomy(q)]);
    return {
      items: rows.map((row) => present(row, labels)),
      themes: (latest?.themes ?? []).map((t) => ({ key: t.key, label: t.label })),
      available: FILL_OBSERVATIONS.includes(actor.role) && ACTION_STATES.includes(dialogue.state),
    };
  });
}

export interface ActionInput {
  text: string;
  themeKey: string | null;
  status: ActionStatus;
  reportedOn: string;
}

export async function recordAction({ db, actor, dialogueId, input, now = new Date() }: {
  db: Database; actor: Actor; dialogueId: string; input: ActionInput; now?: Date;
}): Promise<ActionList> {
  await db.transaction(async (tx) => {
    const dialogue = await findDialogue(tx, dialogueId, organiserScope(actor));
    if (!dialogue) throw notFound('Dialogen');
    if (!ACTION_STATES.includes(dialogue.state)) {
      throw new DomainError('conflict',
        `Åtgärder registreras från återkopplingsmötet och framåt. Dialogen har nu läget "${DIALOGUE_STATE_LABELS[dialogue.state].sv}".`,
        `action in state ${dialogue.state}`);
    }
    const problems = [];
    if (input.themeKey !== null && !(await themeLabels(tx)).has(input.themeKey)) {
      problems.push({ path: 'themeKey', field: 'themeKey', message: `Temat "${input.themeKey}" finns inte bland observationstemana.` });
    }
    if (input.reportedOn > swedishToday(now)) {
      problems.push({ path: 'reportedOn', field: 'reportedOn', message: 'Datumet då åtgärden rapporterades kan inte ligga i framtiden.' });
    }
    if (problems.length > 0) throw validation(problems);
    const row = await insertAction(tx, { dialogueId, text: input.text, themeKey: input.themeKey, status: input.status, reportedOn: input.reportedOn, recordedBy: actor.userId });
    const members = await organisersOf(tx, dialogueId);
    await audit(tx, actor, members.map((m) => ({
      event: 'feedback.action_recorded' as const, entityType: 'dialogue', entityId: dialogueId, organiserId: m.id,
      details: { action: row.id, status: row.status, themeKey: row.themeKey },
    })));
  });
  return listActions({ db, actor, dialogueId });
}

export async function updateAction({ db, actor, id, etag, changes }: {
  db: Database; actor: Actor; id: string; etag: string; changes: { text?: string | undefined; status?: ActionStatus | undefined };
}): Promise<FollowUpAction> {
  return db.transaction(async (tx) => {
    const current = await findAction(tx, id);
    // The action is reached through its dialogue, within the caller's reach.
    if (!current || !(await findDialogue(tx, current.dialogueId, organiserScope(actor)))) throw notFound('Åtgärden');
    if (actionEtag(current) !== etag) throw versionConflict('Åtgärden');
    const set = { ...(changes.text !== undefined ? { text: changes.text } : {}), ...(changes.status !== undefined ? { status: changes.status } : {}) };
    const updated = await updateActionIfUnchanged(tx, current, set);
    if (!updated) throw versionConflict('Åtgärden');
    const members = await organisersOf(tx, current.dialogueId);
    await audit(tx, actor, members.map((m) => ({
      event: 'feedback.action_updated' as const, entityType: 'dialogue', entityId: current.dialogueId, organiserId: m.id,
      details: { action: id, from: current.status, to: updated.status, textChanged: updated.text !== current.text },
    })));
    return present(updated, await themeLabels(tx));
  });
}
