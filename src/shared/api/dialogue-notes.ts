/** Meeting notes (minnesanteckningar): drafted by the pair, agreed with the organiser, registered at both agencies. */
import { z } from 'zod';

export const NOTES_STATUS_NAMES = ['draft', 'sent', 'commented', 'agreed', 'registered'] as const;

export const registerEntry = z.object({ agency: z.enum(['skolverket', 'spsm']), caseNumber: z.string(), registeredAt: z.string() });

export const notesVersion = z.object({
  id: z.uuid(),
  versionNo: z.number().int(),
  text: z.string(),
  status: z.enum(NOTES_STATUS_NAMES),
  /** The registered version this one corrects. */
  correctsId: z.uuid().nullable(),
  organiserComment: z.string().nullable(),
  sentAt: z.string().nullable(),
  agreedAt: z.string().nullable(),
  agreedBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
  revision: z.number().int(),
  registerEntries: z.array(registerEntry),
});
export type NotesVersion = z.infer<typeof notesVersion>;
export const notesList = z.object({ items: z.array(notesVersion) });

const notesText = z.string().max(20_000, 'Högst 20 000 tecken.');

/** `baseRevision` 0 starts a new draft; otherwise the revision of the draft that was edited. */
export const notesDraftSave = z.strictObject({ text: notesText, baseRevision: z.number().int().min(0) });
export const notesStep = z.strictObject({ notesId: z.uuid(), revision: z.number().int().min(1) });
export const notesComment = notesStep.extend({
  comment: z.string().trim().min(1, 'Skriv vad som behöver ändras.').max(5000, 'Högst 5 000 tecken.'),
});
/** What the organiser's contact person sees through the signed link in the notes e-mail. */
export const notesReview = z.object({
  recipientName: z.string(),
  organisers: z.array(z.string()),
  /** The day of the on-site dialogue, 'YYYY-MM-DD'. */
  dialogueDate: z.string().nullable(),
  versionNo: z.number().int(),
  text: z.string(),
  status: z.enum(NOTES_STATUS_NAMES),
  agreedBy: z.string().nullable(),
  agreedAt: z.string().nullable(),
  organiserComment: z.string().nullable(),
});
export type NotesReview = z.infer<typeof notesReview>;

/** Through the link: approve, or comment on what must change. */
export const notesReviewAnswer = z.discriminatedUnion('approve', [
  z.strictObject({ approve: z.literal(true) }),
  z.strictObject({ approve: z.literal(false), comment: z.string().trim().min(1, 'Skriv vad som behöver ändras.').max(5000, 'Högst 5 000 tecken.') }),
]);
export type NotesReviewAnswer = z.infer<typeof notesReviewAnswer>;

export const notesCorrection = z.strictObject({
  text: notesText.refine((t) => t.trim() !== '', 'Skriv den rättade texten.'),
});

/** A 409 is either a save over newer text (with that text) or a refused step (with its reason). */
export const notesConflict = z.object({
  error: z.object({
    code: z.string(), message: z.string(),
    details: z.array(z.object({ path: z.string(), field: z.string().optional(), message: z.string() })).optional(),
  }),
  current: notesVersion.optional(),
});

export const caseNumberFormats = z.object({
  items: z.array(z.object({ agency: z.enum(['skolverket', 'spsm']), format: z.string(), next: z.number().int(), example: z.string() })),
});
export const caseNumberFormatSet = z.strictObject({ format: z.string().min(1, 'Ange ett format.') });
