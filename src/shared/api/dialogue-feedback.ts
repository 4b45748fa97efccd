/**
 * The organiser's feedback survey (sent by the pair, answered through a signed link without an
 * account, anonymous), the analysts' summary of the answers, and the actions the organiser reported
 * at the follow-up, as the API answers them.
 */
import { z } from 'zod';
import type { DialogueState } from '../dialogues.ts';
import { FEEDBACK_QUESTION_KEYS } from '../feedback-questions.ts';
import { SUMMARY_GROUPINGS, SUMMARY_GROUPS } from './dialogue-observations.ts';

/** The survey is sent once the feedback meeting is held. */
export const FEEDBACK_STATES: readonly DialogueState[] = ['feedback_held', 'follow_up_held', 'closed'];
/** Actions are recorded from the feedback meeting on (usually at the follow-up). */
export const ACTION_STATES: readonly DialogueState[] = ['feedback_held', 'follow_up_held', 'closed'];

export const surveyStatus = z.object({
  /** Whether the dialogue's state allows sending now. */
  available: z.boolean(),
  survey: z.object({
    sentAt: z.string(),
    expiresAt: z.string(),
    /** 1 for the first link; raised by each new link (the old one stops working). */
    linkVersion: z.number().int(),
    /** How many answers have come in: the count only, never the answers of one dialogue. */
    responses: z.number().int(),
  }).nullable(),
  /** After sending: how many contact persons the e-mail went to. */
  sentTo: z.number().int().optional(),
});
export type SurveyStatus = z.infer<typeof surveyStatus>;

/** What the respondent's page shows. */
export const surveyForm = z.object({
  organiserName: z.string(),
  expiresAt: z.string(),
  questions: z.array(z.object({ key: z.string(), sv: z.string(), en: z.string() })),
});
export type SurveyForm = z.infer<typeof surveyForm>;

const rating = z.number().int('Välj 1–5 eller "Vet ej".').min(1, 'Välj 1–5 eller "Vet ej".').max(5, 'Välj 1–5 eller "Vet ej".').nullable();

/** Every question is answered with 1–5 or null ("vet ej"); nothing names the respondent. */
export const surveyResponse = z.strictObject({
  answers: z.record(z.string(), rating),
  comment: z.string().trim().max(2000, 'Högst 2 000 tecken.').optional(),
}).superRefine((value, ctx) => {
  for (const key of FEEDBACK_QUESTION_KEYS) {
    if (!(key in value.answers)) ctx.addIssue({ code: 'custom', path: ['answers', key], message: 'Välj 1–5 eller "Vet ej".' });
  }
  for (const key of Object.keys(value.answers)) {
    if (!FEEDBACK_QUESTION_KEYS.includes(key)) ctx.addIssue({ code: 'custom', path: ['answers', key], message: 'Frågan finns inte i enkäten.' });
  }
});
export type SurveyResponse = z.infer<typeof surveyResponse>;

export const responseReceipt = z.object({ received: z.literal(true) });

const count = z.number().int().nullable();

export const feedbackSummary = z.object({
  minGroupSize: z.number().int(),
  groupBy: z.enum(SUMMARY_GROUPINGS),
  groups: z.array(z.object({
    year: z.number().int(),
    group: z.enum(SUMMARY_GROUPS),
    responses: count,
    organisers: count,
    suppressed: z.boolean(),
    questions: z.array(z.object({
      key: z.string(),
      /** Answers per rating 1–5 (index 0 is rating 1). */
      ratings: z.array(z.number().int()),
      dontKnow: z.number().int(),
      mean: z.number().nullable(),
    })),
  })),
});
export type FeedbackSummary = z.infer<typeof feedbackSummary>;

export const ACTION_STATUSES = ['planned', 'started', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, { sv: string; en: string }> = {
  planned: { sv: 'Planerad', en: 'Planned' },
  started: { sv: 'Påbörjad', en: 'Started' },
  done: { sv: 'Genomförd', en: 'Done' },
};

export const followUpAction = z.object({
  id: z.uuid(),
  text: z.string(),
  themeKey: z.string().nullable(),
  themeLabel: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  reportedOn: z.string(),
  createdAt: z.string(),
  /** The If-Match value for a change: it names the action's current content. */
  etag: z.string(),
});
export type FollowUpAction = z.infer<typeof followUpAction>;

export const actionList = z.object({
  items: z.array(followUpAction),
  /** The themes an action may answer (the dialogue's taxonomy version). */
  themes: z.array(z.object({ key: z.string(), label: z.string() })),
  /** Whether the dialogue's state allows recording actions now. */
  available: z.boolean(),
});
export type ActionList = z.infer<typeof actionList>;

const isoDate = z.iso.date('Ange datumet som ÅÅÅÅ-MM-DD.');
const actionText = z.string().trim().min(1, 'Beskriv åtgärden.').max(2000, 'Högst 2 000 tecken.');

export const actionCreate = z.strictObject({
  text: actionText,
  themeKey: z.string().min(1).max(60).nullable().default(null),
  status: z.enum(ACTION_STATUSES, 'Välj planerad, påbörjad eller genomförd.').default('planned'),
  reportedOn: isoDate,
});

export const actionUpdate = z.strictObject({
  text: actionText.optional(),
  status: z.enum(ACTION_STATUSES, 'Välj planerad, påbörjad eller genomförd.').optional(),
}).refine((v) => v.text !== undefined || v.status !== undefined, { message: 'Ange vad som ska ändras.', path: ['status'] });
