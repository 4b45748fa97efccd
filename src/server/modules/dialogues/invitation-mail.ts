/**
 * The invitation e-mail of a case, put in the outbox in the transaction that invites: one message to
 * each organiser's current contact person with an address. The answer link leads to the case page,
 * where the representative signs in and answers.
 */
import type { Tx } from '../../platform/db/database.ts';
import { enqueueMail } from '../messaging/outbox.ts';
import { answerReminderMail, dialogueInvitationMail, type DialogueLeader } from './mail/templates.ts';
import { mailContactsOf, usersByIds, type DialogueRow } from './repository.ts';

export const caseUrl = (publicUrl: string, dialogueId: string) => `${publicUrl.replace(/\/$/, '')}/dialoger/${dialogueId}`;

/** The pair as the e-mails present them. */
export async function leadersForMail(tx: Tx, dialogue: DialogueRow): Promise<DialogueLeader[]> {
  const ids = [dialogue.leaderSkolverketId, dialogue.leaderSpsmId].filter((x): x is string => x !== null);
  const rows = await usersByIds(tx, ids);
  return rows.map((u) => ({ name: u.name, email: u.email ?? '', agency: u.id === dialogue.leaderSpsmId ? 'spsm' as const : 'skolverket' as const }));
}

/** Each organiser's first current contact person with an e-mail address. */
async function firstContacts(tx: Tx, members: readonly { id: string }[], today: string) {
  const contacts = await mailContactsOf(tx, members.map((m) => m.id), today);
  const first = new Map<string, { name: string; email: string }>();
  for (const c of contacts) if (c.email && !first.has(c.organiserId)) first.set(c.organiserId, { name: c.name, email: c.email });
  return first;
}

export async function mailInvitation(tx: Tx, { dialogue, members, publicUrl, today, reminder = null }: {
  dialogue: DialogueRow; members: readonly { id: string; name: string }[]; publicUrl: string; today: string;
  /** Set for the reminder to answer (when it is written), else the invitation itself. */
  reminder?: Date | null;
}): Promise<number> {
  const first = await firstContacts(tx, members, today);
  if (first.size === 0) return 0;
  const leaders = await leadersForMail(tx, dialogue);
  const names = members.map((m) => m.name);
  const answerUrl = caseUrl(publicUrl, dialogue.id);
  await enqueueMail(tx, [...first.entries()].map(([organiserId, contact]) => {
    const common = { recipientName: contact.name, organisers: names, leaders, answerBy: dialogue.answerDeadline!, answerUrl };
    const mail = reminder ? answerReminderMail({ ...common, now: reminder }) : dialogueInvitationMail(common);
    return {
      kind: reminder ? 'dialogue_reminder' : 'dialogue_invitation', to: { name: contact.name, address: contact.email }, subject: mail.subject, text: mail.text,
      organiserId, related: { type: 'dialogue', id: dialogue.id },
    };
  }));
  return first.size;
}
