/**
 * The dialogue module's e-mail templates (Swedish, plain text), one file each:
 * invitation, answer reminder, meeting confirmation and cancellation (with .ics), notes for review.
 * Each takes a plain object and answers `{ subject, text, attachments? }`; the caller adds the
 * recipient's address and puts the message in the outbox.
 */
export { AGENCY_NAMES, type DialogueLeader, type MailAttachment, type MailContent } from './common.ts';
export { dialogueInvitationMail, type DialogueInvitationInput } from './invitation.ts';
export { answerReminderMail, type AnswerReminderInput } from './reminder.ts';
export {
  meetingCancelledMail, meetingConfirmationMail, type MeetingCancelledInput, type MeetingConfirmationInput, type MeetingMailInput,
  type MeetingParticipant,
} from './meeting.ts';
export { notesForReviewMail, type NotesForReviewInput } from './notes-review.ts';
