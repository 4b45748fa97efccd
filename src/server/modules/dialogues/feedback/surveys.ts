/**
 * The pair sends the feedback survey once the feedback meeting is held: one signed link per dialogue,
 * e-mailed (through the outbox, in the same transaction) to every current contact person of its
 * organisers. Sending again makes a new link and the old one stops working. The pair sees how many
 * answers have come in, never the answers themselves: one dialogue is always fewer organisers than
 * the minimum an aggregate needs.
 */
import { FEEDBACK_STATES, type SurveyStatus } from '../../../../shared/api/dialogue-feedback.ts';
import { DIALOGUE_STATE_LABELS } from '../../../../shared/dialogues.ts';
import type { Config } from '../../../platform/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound } from '../../../platform/errors.ts';
import { linkSigner } from '../../access/links.ts';
import { audit } from '../../audit/audit.ts';
import { enqueueMail } from '../../messaging/outbox.ts';
import { swedishToday } from '../calendar/swedish-time.ts';
import { leadersForMail } from '../invitation-mail.ts';
import { findDialogue, mailContactsOf, meetingsOf, organisersOf } from '../repository.ts';
import { countResponses, findSurveyOfDialogue, upsertSurvey, type SurveyRow } from './repository.ts';
import { feedbackSurveyMail } from './survey-mail.ts';

/** How long a survey link works; the organiser usually answers within a few weeks of the meeting. */
export const FEEDBACK_LINK_DAYS = 60;

export const surveyUrl = (publicUrl: string, token: string) => `${publicUrl.replace(/\/$/, '')}/aterkoppling#${token}`;

const presentSurvey = (survey: SurveyRow, responses: number) => ({
  sentAt: survey.sentAt.toISOString(), expiresAt: survey.expiresAt.toISOString(), linkVersion: survey.linkVersion, responses,
});

export async function getSurveyStatus({ db, actor, dialogueId }: { db: Database; actor: Actor; dialogueId: string }): Promise<SurveyStatus> {
  return db.read(async (q) => {
    const dialogue = await findDialogue(q, dialogueId, organiserScope(actor));
    if (!dialogue) throw notFound('Dialogen');
    const survey = await findSurveyOfDialogue(q, dialogueId);
    return {
      available: FEEDBACK_STATES.includes(dialogue.state),
      survey: survey ? presentSurvey(survey, await countResponses(q, survey.id)) : null,
    };
  });
}

export async function sendSurvey({ db, config, actor, dialogueId, now = new Date() }: {
  db: Database; config: Config; actor: Actor; dialogueId: string; now?: Date;
}): Promise<SurveyStatus> {
  // Resolved before the transaction: the first use may store the signing key.
  const signer = await linkSigner(db, config.LINK_SECRET);
  return db.transaction(async (tx) => {
    const dialogue = await findDialogue(tx, dialogueId, organiserScope(actor));
    if (!dialogue) throw notFound('Dialogen');
    if (!FEEDBACK_STATES.includes(dialogue.state)) {
      throw new DomainError('conflict',
        `Enkäten skickas när återkopplingsmötet är hållet. Dialogen har nu läget "${DIALOGUE_STATE_LABELS[dialogue.state].sv}".`,
        `feedback survey in state ${dialogue.state}`);
    }
    const today = swedishToday(now);
    const members = await organisersOf(tx, dialogueId);
    // One after the other: a transaction is one connection.
    const contacts = await mailContactsOf(tx, members.map((m) => m.id), today);
    const meetingRows = await meetingsOf(tx, dialogueId);
    const leaders = await leadersForMail(tx, dialogue);
    // One e-mail per address, even when a person is a contact of several organisers of a group dialogue.
    const recipients = [...new Map(contacts.filter((c) => c.email).map((c) => [c.email!.toLowerCase(), c])).values()];
    if (recipients.length === 0) {
      throw new DomainError('conflict', 'Huvudmannen har ingen aktuell kontaktperson med e-postadress. Lägg till en i registret och skicka sedan enkäten.', 'no contact to mail');
    }
    const expiresAt = new Date(now.getTime() + FEEDBACK_LINK_DAYS * 24 * 3600 * 1000);
    const survey = await upsertSurvey(tx, { dialogueId, sentAt: now, expiresAt, sentBy: actor.userId });
    const token = await signer.sign({ purpose: 'feedback_survey', subject: survey.id, version: survey.linkVersion }, expiresAt);
    const renewed = survey.linkVersion > 1;
    const feedbackMeeting = meetingRows.map((r) => r.meeting).filter((m) => m.kind === 'feedback' && m.status !== 'cancelled').at(-1);
    await enqueueMail(tx, recipients.map((contact) => {
      const mail = feedbackSurveyMail({
        recipientName: contact.name, organisers: members.map((m) => m.name), leaders, renewed,
        feedbackMeetingDate: feedbackMeeting ? feedbackMeeting.startsAt.toISOString() : null,
        surveyUrl: surveyUrl(config.PUBLIC_URL, token), answerBy: swedishToday(expiresAt),
      });
      return {
        kind: renewed ? 'feedback_survey.renewed' : 'feedback_survey', to: { name: contact.name, address: contact.email! },
        subject: mail.subject, text: mail.text, organiserId: contact.organiserId, related: { type: 'feedback_survey', id: survey.id },
      };
    }));
    await audit(tx, actor, members.map((m) => ({
      event: 'feedback.survey_sent' as const, entityType: 'dialogue', entityId: dialogueId, organiserId: m.id,
      details: { survey: survey.id, linkVersion: survey.linkVersion, recipients: recipients.length },
    })));
    return {
      available: true, survey: presentSurvey(survey, await countResponses(tx, survey.id)), sentTo: recipients.length,
    };
  });
}
