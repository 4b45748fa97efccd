/**
 * The demo dialogue history: every quality dialogue from the first round in September 2022 to the
 * demo's today in 2026, consistent with the demo national dataset and calibrated to the evaluation's
 * published figures (STK 2026:5; checked in history.test.ts through `historyFacts`). Pure and
 * deterministic: the same dataset, seed and today give the same history.
 *
 * Order of work: who is covered (coverage.ts) and how each invitation ends (outcomes.ts, quotas.ts);
 * which round invites whom (rounds.ts, membership.ts); the pairs (staff.ts); the meetings, round by
 * round, in the pairs' calendars (timeline.ts, agenda.ts, calendar.ts) with the yearly count of
 * on-site meetings made exact (extras.ts); notes and closing (aftermath.ts, case-numbers.ts); holds
 * (holds.ts, hold-plan.ts); the state on today (assemble.ts); hours and costs (work.ts, time.ts,
 * costs.ts). The published figures are computed back by `historyFacts` (facts.ts).
 */
import { PERSONA_MUNICIPALITY } from '../../demo/personas.ts';
import { createRandom } from '../../demo/random.ts';
import type { DemoDataset } from '../../demo/types.ts';
import { createAgenda } from './agenda.ts';
import { planAftermath, type Aftermath } from './aftermath.ts';
import { assembleDialogues, assembleMeetings } from './assemble.ts';
import { dateOf, dayOf, yearOf } from './calendar.ts';
import { caseNumbers } from './case-numbers.ts';
import { groupBy } from './collections.ts';
import { calibrateCosts, priceIndexTable } from './costs.ts';
import { planCoverage } from './coverage.ts';
import { addSecondMeetings } from './extras.ts';
import { planHolds } from './hold-plan.ts';
import { planMembership } from './membership.ts';
import { assignOutcomes } from './outcomes.ts';
import { buildGeography, organiserProfiles } from './population.ts';
import { CYCLES, planRounds } from './rounds.ts';
import { buildStaff, createTeamPicker } from './staff.ts';
import { HISTORY_YEARS, TABLE_1 } from './targets.ts';
import { scaleWork } from './time.ts';
import { scheduleRound, type PlannedDialogue, type PlannedMeeting, type ScheduleContext } from './timeline.ts';
import type { DialogueHistory, DialogueHistoryOptions, DialogueRound } from './types.ts';
import { rawWork } from './work.ts';

export { historyFacts, type HistoryFacts } from './facts.ts';
export type * from './types.ts';

export const DEFAULT_HISTORY_TODAY = '2026-11-23';
/** First on-site meetings stop this share below the year's figure; second meetings make up the rest. */
const SECOND_MEETING_MARGIN = 0.02;
const FINAL_STATES = new Set(['declined', 'no_answer', 'closed', 'withdrawn']);

/** The organisers the demo personas speak for, so that they have a history. */
function personaOrganisers(dataset: DemoDataset): Set<string> {
  const preschool = dataset.organisers.find((o) => o.kind === 'aktiebolag' && o.status === 'active'
    && dataset.units.some((u) => u.organiserKey === o.key && u.schoolForms.every((f) => f.schoolForm === 'forskola')));
  return new Set([`kommun-${PERSONA_MUNICIPALITY}`, ...(preschool ? [preschool.key] : [])]);
}

export function generateDialogueHistory(options: DialogueHistoryOptions): DialogueHistory {
  const today = options.today ?? DEFAULT_HISTORY_TODAY;
  if (!/^2026-\d{2}-\d{2}$/.test(today) || dateOf(dayOf(today)) !== today) {
    throw new RangeError(`Dagens datum för demohistoriken ska vara en dag 2026 (ÅÅÅÅ-MM-DD), inte "${today}".`);
  }
  const todayDay = dayOf(today);
  const root = createRandom(options.seed).fork('dialogue-history');
  const geography = buildGeography(options.municipalities);
  const organisers = organiserProfiles(options.dataset, geography);
  const coverage = planCoverage(root.fork('coverage'), organisers, personaOrganisers(options.dataset));
  const outcomes = assignOutcomes(root.fork('outcomes'), coverage.invited, { mustTakePart: coverage.mustTakePart, mustDecline: coverage.mustDecline });
  const rounds = planRounds();
  const membership = planMembership(root.fork('membership'), rounds, coverage, outcomes);
  const { staff, teams } = buildStaff(root.fork('staff'));

  const physicalCount = new Map<number, number>();
  const cap = new Map<number, number>(HISTORY_YEARS.map((y) => [y, TABLE_1[y].physical - Math.ceil(SECOND_MEETING_MARGIN * TABLE_1[y].physical)]));
  const meetings: PlannedMeeting[] = [];
  const agenda = createAgenda(root.fork('agenda'));
  const ctx: ScheduleContext = {
    random: root.fork('schedule'), agenda, geography, meetings, withdrawDays: membership.withdrawals.days,
    pickTeam: createTeamPicker(teams),
    teamsAt: (office, day) => teams.filter((t) => t.officeCode === office && dayOf(t.activeFrom) <= day),
    physicalAllowed: (day) => (physicalCount.get(yearOf(day)) ?? 0) < (cap.get(yearOf(day)) ?? Infinity),
    countPhysical: (day) => physicalCount.set(yearOf(day), (physicalCount.get(yearOf(day)) ?? 0) + 1),
  };
  const dialogues: PlannedDialogue[] = [];
  const held = rounds.filter((r) => r.invitationDay < todayDay);
  for (const round of held) {
    const invitations = membership.byRound.get(round.number)!;
    dialogues.push(...scheduleRound(ctx, round, invitations.map((i) => i.organiser), new Map(invitations.map((i) => [i.organiser.key, i.outcome]))));
  }
  const extrasRandom = root.fork('second-meetings');
  for (const year of HISTORY_YEARS) {
    addSecondMeetings({ random: extrasRandom, agenda, dialogues, meetings, year, count: TABLE_1[year].physical - (physicalCount.get(year) ?? 0) });
  }
  const aftermathRandom = root.fork('aftermath');
  const aftermath = new Map<string, Aftermath>();
  for (const d of dialogues) {
    const a = planAftermath(aftermathRandom, d);
    if (a) aftermath.set(d.key, a);
  }

  const teamByKey = new Map(teams.map((t) => [t.key, t]));
  const staffByKey = new Map(staff.map((s) => [s.key, s]));
  const numbers = caseNumbers(dialogues, aftermath, todayDay);
  const assembleInput = {
    random: root.fork('assemble'), today: todayDay, dialogues, meetings, aftermath, geography,
    withdrawKinds: membership.withdrawals.kinds, caseNumbers: numbers.byDialogue,
    organisers: new Map(options.dataset.organisers.map((o) => [o.key, o])),
    contacts: groupBy(options.dataset.contacts, (c) => c.organiserKey), staff: staffByKey, teams: teamByKey,
  };
  const historyDialogues = assembleDialogues(assembleInput);
  const historyMeetings = assembleMeetings(assembleInput, historyDialogues);

  const timeRecords = scaleWork(rawWork({ dialogues, meetings, aftermath, geography, teams: teamByKey, today: todayDay }));
  const hourlyCosts = calibrateCosts(timeRecords, (key) => staffByKey.get(key)!.agency);

  const byRound = groupBy(historyDialogues, (d) => d.roundKey);
  const historyRounds: DialogueRound[] = held.map((r) => ({
    key: r.key, number: r.number, cycleKey: r.cycleKey, name: r.name, invitationDate: dateOf(r.invitationDay), answerDeadline: dateOf(r.deadlineDay),
    status: (byRound.get(r.key) ?? []).every((d) => FINAL_STATES.has(d.state)) ? 'closed' : 'open',
    organiserCount: byRound.get(r.key)?.length ?? 0,
  }));

  return {
    seed: options.seed, today, organisers, staff, teams, cycles: CYCLES.map((c) => ({ ...c })), rounds: historyRounds,
    dialogues: historyDialogues, meetings: historyMeetings,
    holds: planHolds({ random: root.fork('holds'), coverage, dialogues, withdrawals: membership.withdrawals, today: todayDay }),
    timeRecords, hourlyCosts, priceIndex: priceIndexTable(), caseNumberSeries: numbers.series,
  };
}
