/**
 * What follows the meetings of a dialogue that took place: the focus question and purpose agreed at
 * the pre-meeting, the notes drafted after the (last) on-site meeting, sent for comment, agreed and
 * registered, and the day the case is closed (after the feedback or follow-up meeting and after
 * registration).
 */
import type { Random } from '../../demo/random.ts';
import { addWorkingDays } from './calendar.ts';
import { focusQuestion, organiserComment, purpose } from './content.ts';
import type { PlannedDialogue } from './timeline.ts';

export interface Aftermath {
  focusQuestion: string;
  purpose: string;
  draftDay: number;
  sentDay: number;
  commentDay: number | null;
  comment: string | null;
  agreedDay: number;
  registeredDay: number;
  closeDay: number;
}

export function planAftermath(random: Random, d: PlannedDialogue): Aftermath | null {
  if (d.outcome.kind !== 'participated') return null;
  const lastPhysical = d.physicalDays[d.physicalDays.length - 1]!;
  const draftDay = addWorkingDays(lastPhysical, random.int(1, 3));
  const sentDay = addWorkingDays(draftDay, random.int(1, 4));
  const commented = random.chance(0.2);
  const commentDay = commented ? addWorkingDays(sentDay, random.int(2, 6)) : null;
  const agreedDay = addWorkingDays(commentDay ?? sentDay, random.int(2, 10));
  const registeredDay = addWorkingDays(agreedDay, random.int(1, 3));
  const lastMeeting = d.followUpDay ?? d.feedbackDay!;
  return {
    focusQuestion: focusQuestion(random, d.organiser),
    purpose: purpose(random),
    draftDay, sentDay, commentDay, comment: commented ? organiserComment(random) : null, agreedDay, registeredDay,
    closeDay: addWorkingDays(Math.max(lastMeeting, registeredDay), random.int(1, 5)),
  };
}
