/** Booking, moving and cancelling a dialogue's meetings. */
import { z } from 'zod';
import { MEETING_KINDS } from '../dialogues.ts';

const text = (max: number) => z.string().trim().max(max, `Högst ${max} tecken.`);

export const participantInput = z.strictObject({
  name: z.string().trim().min(1, 'Ange deltagarens namn.').max(200, 'Högst 200 tecken.'),
  email: z.email('Ange en giltig e-postadress, till exempel namn@kommun.se.').nullable().default(null),
  title: text(200).nullable().default(null),
});

/** Times are ISO 8601 with offset ('2026-04-14T09:00:00+02:00'); the rules say what is wrong in Swedish. */
export const meetingCreate = z.strictObject({
  kind: z.enum(MEETING_KINDS),
  start: z.string().min(1, 'Ange starttid.'),
  end: z.string().min(1, 'Ange sluttid.'),
  place: text(300).nullable().default(null),
  videoUrl: text(500).nullable().default(null),
  participants: z.array(participantInput).max(30, 'Högst 30 deltagare.').default([]),
});

export const meetingChange = z.strictObject({
  start: z.string().min(1, 'Ange starttid.'),
  end: z.string().min(1, 'Ange sluttid.'),
  place: text(300).nullable().default(null),
  videoUrl: text(500).nullable().default(null),
});

export const meetingCancel = z.strictObject({
  reason: text(500).nullable().default(null),
});

/** Joining another case's planned introduction: the introduction is held for a group of organisers. */
export const meetingJoin = z.strictObject({
  participants: z.array(participantInput).max(30, 'Högst 30 deltagare.').default([]),
});

/** A planned introduction of the same office that the case may join. */
export const introCandidate = z.object({
  id: z.uuid(),
  start: z.string(),
  end: z.string(),
  place: z.string().nullable(),
  videoUrl: z.string().nullable(),
  /** The organisers already taking part, by name. */
  organisers: z.array(z.string()),
});
export type IntroCandidate = z.infer<typeof introCandidate>;
export const introCandidates = z.object({ items: z.array(introCandidate) });
