/**
 * The leaders' recorded work on each dialogue before scaling: administration around the invitation
 * and the answer, preparation before each meeting, the meetings themselves, travel to the on-site
 * dialogue (hours and cost from the road distance), the notes and their registration in both agencies.
 */
import type { MeetingKind, TimeActivity } from '../../../../shared/dialogues.ts';
import type { Aftermath } from './aftermath.ts';
import { addWorkingDays, subtractWorkingDays, yearOf } from './calendar.ts';
import type { Geography } from './population.ts';
import type { PlannedDialogue, PlannedMeeting } from './timeline.ts';
import type { LeaderTeam } from './types.ts';

export interface RawRecord {
  staffKey: string;
  dialogueKey: string;
  day: number;
  activity: TimeActivity;
  hours: number;
  /** Raw travel cost of the trip (kronor, before the yearly scaling). */
  travel: number;
}

/** Door to door, both ways; an overnight stay beyond 200 km. */
const travelHours = (km: number): number => 1 + (2 * km) / 60 + (km > 200 ? 3 : 0);
const travelCost = (km: number): number => 250 + 2 * km * 1.9 + (km > 200 ? 1450 : 0);
const PREPARATION: Record<Exclude<MeetingKind, 'physical'>, number> = { intro: 1.5, pre_meeting: 2.5, feedback: 2, follow_up: 1.5 };
/** Registration in each agency's register: simpler once SPSM's system registered directly (from 2025). */
const registrationHours = (day: number): number => (yearOf(day) >= 2025 ? 0.75 : 1.5);

export function rawWork(options: {
  dialogues: readonly PlannedDialogue[]; meetings: readonly PlannedMeeting[];
  aftermath: ReadonlyMap<string, Aftermath>; geography: Geography; teams: ReadonlyMap<string, LeaderTeam>; today: number;
}): RawRecord[] {
  const { today, geography } = options;
  const records: RawRecord[] = [];
  const add = (staffKey: string, dialogueKey: string, day: number, activity: TimeActivity, hours: number, travel = 0) => {
    if (day < today && hours > 0) records.push({ staffKey, dialogueKey, day, activity, hours, travel });
  };
  const byKey = new Map(options.dialogues.map((d) => [d.key, d]));

  for (const m of options.meetings) {
    const hours = (m.end - m.start) / 60;
    const before = (n: number) => subtractWorkingDays(m.day, n);
    const d = byKey.get(m.dialogueKeys[0]!)!;
    if (m.kind === 'intro' && (m.dialogueKeys.length > 1 || m.teamKey !== d.team.key)) {
      // A group intro: the hosting pair's meeting and preparation are shared by the dialogues it serves;
      // each dialogue's own pair reads up on its organiser.
      const host = options.teams.get(m.teamKey)!;
      for (const key of m.dialogueKeys) {
        for (const leader of [host.skolverketKey, host.spsmKey]) {
          add(leader, key, m.day, 'dialogue', hours / m.dialogueKeys.length);
          add(leader, key, before(1), 'preparation', 2 / m.dialogueKeys.length);
        }
        const own = byKey.get(key)!.team;
        for (const leader of [own.skolverketKey, own.spsmKey]) add(leader, key, before(1), 'preparation', 1.5);
      }
      continue;
    }
    for (const leader of [d.team.skolverketKey, d.team.spsmKey]) {
      add(leader, d.key, m.day, 'dialogue', hours);
      if (m.kind === 'physical') {
        const km = geography.roadKm(d.team.officeCode, d.organiser.municipalityCode);
        add(leader, d.key, before(2), 'preparation', 4);
        add(leader, d.key, before(1), 'preparation', 4);
        add(leader, d.key, before(3), 'administration', 1);
        // Beyond 200 km the pair travels the day before and back after the meeting.
        const overnight = km > 200;
        if (overnight) add(leader, d.key, before(1), 'travel', travelHours(km) / 2);
        add(leader, d.key, m.day, 'travel', overnight ? travelHours(km) / 2 : travelHours(km), travelCost(km));
      } else {
        add(leader, d.key, before(1), 'preparation', PREPARATION[m.kind]);
      }
    }
  }

  options.dialogues.forEach((d, i) => {
    const team = [d.team.skolverketKey, d.team.spsmKey];
    const after = options.aftermath.get(d.key);
    for (const leader of team) {
      add(leader, d.key, d.round.invitationDay, 'administration', 0.5);
      add(leader, d.key, d.answerDay ?? addWorkingDays(d.round.deadlineDay + 1, 0), 'administration', 0.25);
      if (d.withdrawDay !== null) add(leader, d.key, d.withdrawDay, 'administration', 0.5);
      if (!after) continue;
      add(leader, d.key, after.draftDay, 'preparation', leader === team[i % 2] ? 4 : 1.5);
      add(leader, d.key, after.sentDay, 'administration', 0.5);
      add(leader, d.key, after.registeredDay, 'administration', registrationHours(after.registeredDay));
      add(leader, d.key, after.closeDay, 'administration', 0.25);
    }
  });
  return records;
}
