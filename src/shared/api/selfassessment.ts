/**
 * Self-assessments as the API answers them: the organiser's view (respondents, the group's spread,
 * the caller's own answers), the respondent's view through a signed link, and the writes.
 */
import { z } from 'zod';
import { ratingSpread } from './analysis.ts';

const name = z.string().trim().min(1, 'Ange ett namn.').max(200, 'Högst 200 tecken.');

export const selfAssessmentCreate = z.strictObject({
  title: z.string().trim().min(1, 'Ange en rubrik.').max(200, 'Högst 200 tecken.'),
});

export const invitationCreate = z.strictObject({
  respondents: z.array(z.strictObject({
    name,
    email: z.email('Ange en giltig e-postadress, t.ex. namn@kommun.se.').max(254),
    position: z.string().trim().min(1, 'Ange vilken del av organisationen personen företräder.').max(200, 'Högst 200 tecken.'),
  })).min(1, 'Bjud in minst en person.').max(50, 'Högst 50 personer åt gången.'),
});
export type InvitationCreate = z.infer<typeof invitationCreate>;

export const sharingUpdate = z.strictObject({ included: z.boolean() });

/** One answer as saved. `revision` is what the next save must name, so that two tabs cannot overwrite each other. */
export const answer = z.object({
  statementKey: z.string(),
  rating: z.number().int().min(1).max(5).nullable(),
  dontKnow: z.boolean(),
  comment: z.string(),
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type Answer = z.infer<typeof answer>;

export const answerSave = z.strictObject({
  rating: z.number().int().min(1, 'Betyget ska vara 1–5.').max(5, 'Betyget ska vara 1–5.').nullable(),
  dontKnow: z.boolean(),
  comment: z.string().max(2000, 'Kommentaren får vara högst 2 000 tecken.'),
  /** The revision this edit started from; 0 for a statement not answered before. */
  baseRevision: z.number().int().min(0),
}).refine((a) => !(a.dontKnow && a.rating !== null), { message: 'Välj antingen ett betyg eller "Vet ej", inte båda.', path: ['rating'] });
export type AnswerSave = z.infer<typeof answerSave>;

/** A save that started from an older revision: the saved answer comes back so that nothing is lost. */
export const answerConflict = z.object({
  error: z.object({ code: z.literal('conflict'), message: z.string() }),
  current: answer,
});

export const factorQuestions = z.array(z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  statements: z.array(z.object({ key: z.string(), text: z.string() })),
}));

export const respondentSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  position: z.string(),
  isMe: z.boolean(),
  answered: z.number().int(),
  invitedAt: z.string(),
  linkExpiresAt: z.string(),
  lastAnsweredAt: z.string().nullable(),
  /** Delivery state of the latest invitation e-mail. */
  mail: z.enum(['queued', 'sent', 'failed']).nullable(),
});

export const selfAssessmentListItem = z.object({
  id: z.uuid(),
  title: z.string(),
  createdAt: z.string(),
  sharedAt: z.string().nullable(),
  respondents: z.number().int(),
  answering: z.number().int(),
});
export const selfAssessmentList = z.object({ items: z.array(selfAssessmentListItem) });

export const selfAssessmentDetail = z.object({
  id: z.uuid(),
  organiser: z.object({ id: z.uuid(), name: z.string() }),
  title: z.string(),
  catalogueLabel: z.string(),
  createdAt: z.string(),
  sharedAt: z.string().nullable(),
  version: z.number().int(),
  statements: z.number().int(),
  /** Only for the organiser's own representatives; leaders see the summary alone. */
  respondents: z.array(respondentSummary).nullable(),
  factors: z.array(ratingSpread.extend({
    key: z.string(),
    name: z.string(),
    /** The caller's own answers, when the caller is one of the respondents. */
    mine: z.array(answer).nullable(),
    statements: z.array(ratingSpread.extend({ key: z.string(), text: z.string() })),
  })),
  answeringRespondents: z.number().int(),
});
export type SelfAssessmentDetail = z.infer<typeof selfAssessmentDetail>;

/** What a respondent sees through their link. */
export const responseForm = z.object({
  selfAssessment: z.object({ title: z.string(), organiserName: z.string() }),
  respondent: z.object({ name: z.string(), position: z.string() }),
  linkExpiresAt: z.string(),
  factors: factorQuestions,
  answers: z.array(answer),
});
export type ResponseForm = z.infer<typeof responseForm>;

export const ownLink = z.object({ url: z.string(), token: z.string() });

export const SCALE_LABELS: Record<number, { sv: string; en: string }> = {
  1: { sv: 'Stämmer inte alls', en: 'Not at all true' },
  2: { sv: 'Stämmer dåligt', en: 'Hardly true' },
  3: { sv: 'Stämmer delvis', en: 'Partly true' },
  4: { sv: 'Stämmer ganska bra', en: 'Mostly true' },
  5: { sv: 'Stämmer helt', en: 'Completely true' },
};
