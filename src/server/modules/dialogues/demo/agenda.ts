/**
 * The pairs' calendars, so that no leader is in two meetings at once. Pairs are fixed, so a pair's
 * calendar is each of its leaders' calendar. Digital meetings take one of four slots in office hours
 * (at most three a day); an on-site dialogue takes the whole day (travel) and a pair holds at most two
 * a week. Meetings fall on meeting days only (see calendar.ts).
 */
import type { Random } from '../../demo/random.ts';
import { isMeetingDay, nextMeetingDay, weekOf } from './calendar.ts';

/** 09.00, 10.30, 13.00 and 14.30. */
const DIGITAL_STARTS = [540, 630, 780, 870] as const;
const MAX_DIGITAL_PER_DAY = 3;
const MAX_PHYSICAL_PER_WEEK = 2;
const SEARCH_DAYS = 400;

interface DayPlan { physical: boolean; intervals: [number, number][] }

export interface Slot { day: number; start: number; end: number }

export interface Agenda {
  bookDigital(teamKey: string, fromDay: number, minutes: number): Slot;
  /**
   * The first day from `fromDay` (to `untilDay` when given) that is `allowed` and that the pair can
   * spend on site; null when there is none before `untilDay`.
   */
  bookPhysical(teamKey: string, fromDay: number, minutes: number, start: number, options?: { untilDay?: number; allowed?: (day: number) => boolean }): Slot | null;
}

export function createAgenda(random: Random): Agenda {
  const plans = new Map<string, Map<number, DayPlan>>();
  const physicalPerWeek = new Map<string, number>();
  const planOf = (teamKey: string, day: number): DayPlan => {
    let team = plans.get(teamKey);
    if (!team) plans.set(teamKey, (team = new Map()));
    let plan = team.get(day);
    if (!plan) team.set(day, (plan = { physical: false, intervals: [] }));
    return plan;
  };
  const free = (plan: DayPlan, start: number, end: number): boolean =>
    plan.intervals.every(([s, e]) => end <= s || e <= start);

  return {
    bookDigital(teamKey, fromDay, minutes) {
      const offset = random.int(0, DIGITAL_STARTS.length - 1);
      for (let day = nextMeetingDay(fromDay), n = 0; n < SEARCH_DAYS; day = nextMeetingDay(day + 1), n++) {
        const plan = planOf(teamKey, day);
        if (plan.physical || plan.intervals.length >= MAX_DIGITAL_PER_DAY) continue;
        for (let i = 0; i < DIGITAL_STARTS.length; i++) {
          const start = DIGITAL_STARTS[(i + offset) % DIGITAL_STARTS.length]!;
          if (!free(plan, start, start + minutes)) continue;
          plan.intervals.push([start, start + minutes]);
          return { day, start, end: start + minutes };
        }
      }
      throw new Error(`Paret ${teamKey} har ingen ledig tid för ett digitalt möte.`);
    },
    bookPhysical(teamKey, fromDay, minutes, start, { untilDay, allowed } = {}) {
      const last = untilDay ?? fromDay + SEARCH_DAYS;
      for (let day = fromDay; day <= last; day++) {
        if (!isMeetingDay(day) || (allowed && !allowed(day))) continue;
        const plan = planOf(teamKey, day);
        const week = `${teamKey}:${weekOf(day)}`;
        if (plan.physical || plan.intervals.length > 0 || (physicalPerWeek.get(week) ?? 0) >= MAX_PHYSICAL_PER_WEEK) continue;
        plan.physical = true;
        plan.intervals.push([0, 24 * 60]);
        physicalPerWeek.set(week, (physicalPerWeek.get(week) ?? 0) + 1);
        return { day, start, end: start + minutes };
      }
      if (untilDay !== undefined) return null;
      throw new Error(`Paret ${teamKey} har ingen ledig dag för en dialog på plats.`);
    },
  };
}
