/**
 * Table 1 counts on-site meetings (fysiska dialogmöten) per year, and there are more of them than
 * organisers that took part: some large organisers held their on-site dialogue in two meetings (for
 * instance one with the board and one with the principals). After the rounds of a year are scheduled
 * (with the first on-site meetings capped a little below the year's figure), this adds the second
 * meetings that make the year's count exact, between the first one and the feedback meeting.
 */
import type { Agenda } from './agenda.ts';
import { addWorkingDays, dayOf, yearOf } from './calendar.ts';
import type { Random } from '../../demo/random.ts';
import type { PlannedDialogue, PlannedMeeting } from './timeline.ts';

const SIZE_SCORE = { large: 3, medium: 1, small: 0 } as const;

export function addSecondMeetings(options: {
  random: Random; agenda: Agenda; dialogues: readonly PlannedDialogue[]; meetings: PlannedMeeting[]; year: number; count: number;
}): void {
  const { random, agenda, meetings, year } = options;
  let needed = options.count;
  if (needed < 0) throw new Error(`För många dialoger på plats ${year}: ${-needed} över rapportens antal.`);
  const yearEnd = dayOf(`${year}-12-20`);
  const candidates = options.dialogues
    .filter((d) => d.physicalDays.length === 1 && yearOf(d.physicalDays[0]!) === year && d.feedbackDay !== null)
    .map((d) => ({ d, score: SIZE_SCORE[d.organiser.sizeClass] + d.organiser.schoolForms.length / 4 + random.next() }))
    .sort((a, b) => b.score - a.score);
  for (const { d } of candidates) {
    if (needed === 0) break;
    const first = d.physicalDays[0]!;
    const slot = agenda.bookPhysical(d.team.key, addWorkingDays(first, 3), 180, random.pick([540, 570, 780]),
      { untilDay: Math.min(yearEnd, d.feedbackDay! - 3) });
    if (!slot) continue;
    meetings.push({ ...slot, key: `mote-${String(meetings.length + 1).padStart(5, '0')}`, kind: 'physical', dialogueKeys: [d.key], teamKey: d.team.key, bookedDay: first });
    d.physicalDays.push(slot.day);
    needed--;
  }
  if (needed > 0) throw new Error(`Kunde inte planera ${needed} andra möten på plats ${year}.`);
}
