/**
 * Collisions: cases of planned or open rounds whose organiser has a hold in force on a day the case
 * needs, namely the round's invitation date for a case not yet invited, and the day of each booked
 * meeting. This is what coordinators act on when the inspectorate registers an inspection.
 */
import type { Collision } from '../../../../shared/api/dialogue-planning.ts';
import { MEETING_KIND_LABELS } from '../../../../shared/dialogues.ts';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/errors.ts';
import { stockholmDate } from '../calendar/swedish-time.ts';
import { longDate } from './dates.ts';
import { holdPeriodOf, holdText } from './eligibility.ts';
import { openHoldsOf, type HoldRow } from './hold-repository.ts';
import { activeRounds, findRound, liveCasesOfRounds, plannedMeetingsOf, type RoundRow } from './repository.ts';

const inForce = (h: HoldRow, day: string) => h.startsOn <= day && day <= h.endsOn;

export async function findCollisions(q: Queryable, roundRows: readonly RoundRow[]): Promise<Collision[]> {
  const roundOf = new Map(roundRows.map((r) => [r.id, r]));
  const cases = await liveCasesOfRounds(q, [...roundOf.keys()]);
  const [holds, meetings] = await Promise.all([
    openHoldsOf(q, [...new Set(cases.map((c) => c.organiserId))]),
    plannedMeetingsOf(q, [...new Set(cases.map((c) => c.dialogueId))]),
  ]);
  const collisions: Collision[] = [];
  for (const c of cases) {
    const round = roundOf.get(c.roundId!)!;
    const own = holds.filter((h) => h.organiserId === c.organiserId);
    const base = { dialogueId: c.dialogueId, state: c.state, roundId: round.id, roundName: round.name, organiser: { id: c.organiserId, name: c.organiserName } };
    if (c.state === 'planned') {
      for (const h of own.filter((x) => inForce(x, round.invitationDate))) {
        collisions.push({
          ...base, at: 'invitation', date: round.invitationDate, meetingKind: null, hold: holdPeriodOf(h),
          text: `${holdText(h)}. Inbjudan är planerad den ${longDate(round.invitationDate)}.`,
        });
      }
    }
    for (const m of meetings.filter((x) => x.dialogueId === c.dialogueId)) {
      const day = stockholmDate(m.startsAt);
      for (const h of own.filter((x) => inForce(x, day))) {
        collisions.push({
          ...base, at: 'meeting', date: day, meetingKind: m.kind, hold: holdPeriodOf(h),
          text: `${holdText(h)}. ${MEETING_KIND_LABELS[m.kind].sv} är bokat den ${longDate(day)}.`,
        });
      }
    }
  }
  return collisions;
}

export async function roundCollisions({ db, roundId }: { db: Database; roundId: string }) {
  return db.read(async (q) => {
    const found = await findRound(q, roundId);
    if (!found) throw notFound('Omgången');
    return { items: await findCollisions(q, [found.round]) };
  });
}

/** Collisions in every planned or open round. */
export async function allCollisions({ db }: { db: Database }) {
  return db.read(async (q) => ({ items: await findCollisions(q, await activeRounds(q)) }));
}
