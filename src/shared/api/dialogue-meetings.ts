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
