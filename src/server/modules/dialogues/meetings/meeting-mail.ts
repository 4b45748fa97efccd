/**
 * The e-mails of a booked, moved or cancelled meeting, each with its calendar file, put in the
 * outbox in the transaction of the change: one message per participant with an address.
 */
import type { Tx } from '../../../platform/db/database.ts';
import { enqueueMail } from '../../messaging/outbox.ts';
import { caseUrl } from '../invitation-mail.ts';
import { meetingCancelledMail, meetingConfirmationMail, type MeetingMailInput } from '../mail/templates.ts';
import type { MeetingRow } from './repository.ts';

export interface MailParticipant {
  name: string;
  email: string | null;
  title: string | null;
}

export async function mailMeeting(tx: Tx, { change, meeting, dialogueId, organisers, participants, organizer, publicUrl, reason = null, organiserId }: {
  change: 'booked' | 'moved' | 'cancelled';
  meeting: MeetingRow;
  dialogueId: string;
  organisers: readonly string[];
  participants: readonly MailParticipant[];
  organizer: { name: string; email: string };
  publicUrl: string;
  reason?: string | null;
  organiserId: string | null;
}): Promise<void> {
  const reachable = participants.filter((p): p is MailParticipant & { email: string } => p.email !== null && p.email !== '');
  if (reachable.length === 0) return;
  const shared: Omit<MeetingMailInput, 'recipientName'> = {
    organisers,
    meeting: {
      uid: meeting.icalUid, sequence: meeting.icalSequence, kind: meeting.kind,
      start: meeting.startsAt.toISOString(), end: meeting.endsAt.toISOString(), place: meeting.place, videoUrl: meeting.videoUrl,
    },
    participants: reachable.map((p) => ({ name: p.name, email: p.email, role: p.title })),
    organizer,
    dialogueUrl: caseUrl(publicUrl, dialogueId),
  };
  await enqueueMail(tx, reachable.map((p) => {
    const mail = change === 'cancelled'
      ? meetingCancelledMail({ ...shared, recipientName: p.name, reason })
      : meetingConfirmationMail({ ...shared, recipientName: p.name, changed: change === 'moved' });
    const ics = mail.attachments?.[0];
    return {
      kind: `meeting_${change}`, to: { name: p.name, address: p.email }, subject: mail.subject, text: mail.text, organiserId,
      related: { type: 'dialogue', id: dialogueId },
      calendar: ics ? { method: change === 'cancelled' ? 'CANCEL' as const : 'REQUEST' as const, filename: ics.filename, content: ics.content } : null,
    };
  }));
}
