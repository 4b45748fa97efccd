/**
 * The demo dialogue history reproduces the evaluation's published figures (STK 2026:5 sections 3.3
 * and 6.2.4; /work/shared/reference/report-facts.md) for the default seed, and the exact ones for a
 * second seed. Counts and costs are exact; shares are checked within the tolerance named in each test
 * ("just over" and "just under" are read as the ranges written there).
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { DIGITAL_MEETINGS } from '../../../../shared/dialogues.ts';
import { OFFICES } from '../../../../shared/offices.ts';
import { DEFAULT_DEMO_SEED, generateDemoDataset } from '../../demo/generate.ts';
import { loadReferenceMunicipalities } from '../../demo/reference.ts';
import { DIALOGUE_EVENTS, TRANSITIONS } from '../state-machine.ts';
import { addMonths, dateOf, dayOf, holidaysOf, isMeetingDay, isWorkingDay, nextWorkingDay } from './calendar.ts';
import { historyFacts } from './facts.ts';
import { DEFAULT_HISTORY_TODAY, generateDialogueHistory } from './history.ts';
import type { DialogueHistory, HistoryDialogue, HistoryMeeting } from './types.ts';

const municipalities = loadReferenceMunicipalities();
const YEARS = [2022, 2023, 2024, 2025] as const;
const TABLE_1 = {
  2022: { total: 16_305_090, invited: 217, physical: 166, perDialogue: 98_223 },
  2023: { total: 50_213_233, invited: 572, physical: 440, perDialogue: 114_121 },
  2024: { total: 58_794_100, invited: 787, physical: 608, perDialogue: 96_701 },
  2025: { total: 68_541_629, invited: 899, physical: 704, perDialogue: 97_360 },
};
const TODAY = '2026-11-23';
const FINAL = ['declined', 'no_answer', 'closed', 'withdrawn'];

const pct = (share: number): number => 100 * share;
const expectNear = (actual: number, published: number, tolerance: number): void => {
  expect(actual).toBeGreaterThanOrEqual(published - tolerance);
  expect(actual).toBeLessThanOrEqual(published + tolerance);
};
const minuteOf = (iso: string): number => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
const has = (d: HistoryDialogue, event: string): boolean => d.transitions.some((t) => t.event === event);

function generate(seed: number): { history: DialogueHistory; ms: number } {
  const dataset = generateDemoDataset({ seed, municipalities });
  const started = performance.now();
  const history = generateDialogueHistory({ dataset, municipalities, seed });
  return { history, ms: performance.now() - started };
}

const { history, ms } = generate(DEFAULT_DEMO_SEED);
const facts = historyFacts(history);
const organisers = new Map(history.organisers.map((o) => [o.key, o]));
const staff = new Map(history.staff.map((s) => [s.key, s]));
const meetingsOf = new Map<string, HistoryMeeting[]>();
for (const m of history.meetings) for (const key of m.dialogueKeys) meetingsOf.set(key, [...(meetingsOf.get(key) ?? []), m]);
const cohort = history.dialogues.filter((d) => d.invitedAt < '2026');
const declined = cohort.filter((d) => d.state === 'declined' || d.state === 'no_answer');

describe('demo dialogue history, default seed: Table 1', () => {
  it('invites exactly the published organisers per year and holds exactly the published on-site meetings', () => {
    for (const year of YEARS) {
      expect(facts.invitedByYear[year]).toBe(TABLE_1[year].invited);
      expect(facts.physicalByYear[year]).toBe(TABLE_1[year].physical);
    }
  });

  it('has invited just over 2,400 of about 2,800 organisers (nearly 90 %) by the end of 2025, and just over 1,800 completed', () => {
    expect(facts.organisersInvitedBy2025).toBe(2475);
    expect(facts.organiserCount).toBeGreaterThanOrEqual(2750);
    expect(facts.organiserCount).toBeLessThanOrEqual(2850);
    expectNear(pct(facts.organisersInvitedBy2025 / facts.organiserCount), 88.5, 1.5);
    expect(facts.completedBy2025).toBeGreaterThan(1800);
    expect(facts.completedBy2025).toBeLessThanOrEqual(1850);
  });

  it('costs exactly Table 1 in fixed 2025 prices, so the cost per physical dialogue is as published', () => {
    for (const year of YEARS) {
      const cost = facts.cost.find((c) => c.year === year)!;
      expect(cost.total).toBe(TABLE_1[year].total);
      expect(cost.perPhysicalDialogue).toBe(TABLE_1[year].perDialogue);
      expect(Math.abs(cost.personnel + cost.travel - cost.total)).toBeLessThanOrEqual(1);
    }
    const cost2025 = facts.cost.find((c) => c.year === 2025)!;
    expectNear(pct(cost2025.personnel / cost2025.total), 95, 1);
    expect(pct(cost2025.travelShare)).toBeGreaterThan(4);
    expect(pct(cost2025.travelShare)).toBeLessThan(5);
  });

  it('keeps the cost model in data: hourly costs per agency and year, a price index with 2025 = 100', () => {
    expect(history.priceIndex.find((p) => p.year === 2025)?.value).toBe(100);
    for (const year of [...YEARS, 2026]) {
      const rates = history.hourlyCosts.filter((c) => c.year === year);
      expect(rates.map((c) => c.agency).sort()).toEqual(['skolverket', 'spsm']);
      for (const rate of rates) {
        expect(rate.sekPerHour).toBeGreaterThan(600);
        expect(rate.sekPerHour).toBeLessThan(900);
        expect(Math.abs(rate.sekPerHour * 10_000 - Math.round(rate.sekPerHour * 10_000))).toBeLessThan(1e-6);
      }
    }
  });

  it('reproduces the leaders\' time use: dialogue work just under 60 % (2023) and just over 60 % (2025), administration a third then a quarter, travel 11 % then 14 %', () => {
    const share = (year: number, ...activities: (keyof (typeof facts.timeShares)[number])[]) =>
      pct(activities.reduce((s, a) => s + facts.timeShares[year]![a], 0));
    expect(share(2023, 'preparation', 'dialogue')).toBeGreaterThanOrEqual(56);
    expect(share(2023, 'preparation', 'dialogue')).toBeLessThan(60);
    expect(share(2025, 'preparation', 'dialogue')).toBeGreaterThan(60);
    expect(share(2025, 'preparation', 'dialogue')).toBeLessThanOrEqual(64);
    expectNear(share(2024, 'preparation'), 47, 2);
    expectNear(share(2024, 'dialogue'), 10, 2);
    expectNear(share(2024, 'administration'), 33, 3);
    expectNear(share(2025, 'administration'), 25, 2);
    expectNear(share(2024, 'travel'), 11, 1);
    expectNear(share(2025, 'travel'), 14, 1);
  });

  it('records time in quarter hours, by leaders, on existing dialogues, before today, with travel costs only on travel', () => {
    const dialogues = new Set(history.dialogues.map((d) => d.key));
    const wrong = history.timeRecords.filter((r) => !(r.hours > 0 && r.hours <= 24 && Number.isInteger(r.hours * 4)
      && staff.get(r.staffKey)?.role === 'leader' && dialogues.has(r.dialogueKey) && r.workedOn < TODAY
      && isWorkingDay(dayOf(r.workedOn)) && Number.isInteger(r.travelCostSek)
      && (r.travelCostSek === 0 || r.activity === 'travel') && r.travelCostSek >= 0));
    expect(wrong).toEqual([]);
  });

  it('generates in under two seconds', () => {
    expect(ms).toBeLessThan(2000);
  });
});

describe('demo dialogue history, default seed: who takes part', () => {
  it('has 16 % decline, of them 45 % for lack of time or resources, about 10 % not interested, about 15 % not now and just over 10 % no answer', () => {
    expectNear(pct(facts.declinedShare), 16, 0.5);
    expectNear(pct(facts.declineReasonShares.lack_of_resources), 45, 2);
    expectNear(pct(facts.declineReasonShares.not_interested), 10, 2);
    expectNear(pct(facts.declineReasonShares.not_interested_now), 15, 2);
    expect(pct(facts.declineReasonShares.no_answer)).toBeGreaterThan(10);
    expect(pct(facts.declineReasonShares.no_answer)).toBeLessThanOrEqual(13);
    const rest = facts.declineReasonShares.other + facts.declineReasonShares.other_intervention + facts.declineReasonShares.organiser_ceased;
    expectNear(pct(rest), 20, 2);
    expect(declined.every((d) => d.declineReason !== null && (d.state === 'no_answer') === (d.declineReason === 'no_answer'))).toBe(true);
  });

  it('lets dormant and ceased organisers, far more than others, never answer', () => {
    const silent = cohort.filter((d) => d.state === 'no_answer');
    const inactive = (d: HistoryDialogue) => organisers.get(d.organiserKey)!.status !== 'active';
    const silentShare = silent.filter(inactive).length / silent.length;
    const invitedShare = cohort.filter(inactive).length / cohort.length;
    expect(silentShare).toBeGreaterThan(5 * invitedShare);
    expect(cohort.filter(inactive).filter((d) => meetingsOf.get(d.key)?.some((m) => m.kind === 'physical'))).toEqual([]);
  });

  it('has mostly small private organisers decline, many with only förskola, many in the metropolitan areas', () => {
    const of = (d: HistoryDialogue) => organisers.get(d.organiserKey)!;
    const share = (items: HistoryDialogue[], test: (d: HistoryDialogue) => boolean) => pct(items.filter(test).length / items.length);
    expect(share(declined, (d) => of(d).group === 'private' && of(d).sizeClass === 'small')).toBeGreaterThan(70);
    expect(share(declined, (d) => of(d).preschoolOnly)).toBeGreaterThan(share(cohort, (d) => of(d).preschoolOnly) + 15);
    expect(share(declined, (d) => of(d).metropolitan)).toBeGreaterThan(share(cohort, (d) => of(d).metropolitan) + 10);
  });

  it('has just over 80 % accept the intro meeting and about three in four take part on site', () => {
    expect(pct(facts.introAcceptedShare)).toBeGreaterThan(80);
    expect(pct(facts.introAcceptedShare)).toBeLessThanOrEqual(83);
    expectNear(pct(facts.participation.all), 75, 1.5);
  });

  it('has municipal 92 % and private 72 % take part, and small 67 %, medium 81 %, large 92 % (within 2 points)', () => {
    expectNear(pct(facts.participation.byGroup.municipal), 92, 2);
    expectNear(pct(facts.participation.byGroup.private), 72, 2);
    expectNear(pct(facts.participation.bySize.small), 67, 2);
    expectNear(pct(facts.participation.bySize.medium), 81, 2);
    expectNear(pct(facts.participation.bySize.large), 92, 2);
  });

  it('never invites the 37 municipal organisers in other targeted interventions (700–30,000 children and pupils)', () => {
    expect(facts.targetedInterventions).toBe(37);
    const targeted = history.holds.filter((h) => h.kind === 'targeted_intervention');
    expect(targeted).toHaveLength(37);
    for (const hold of targeted) {
      const o = organisers.get(hold.organiserKey)!;
      expect(o.kind).toBe('kommun');
      expect(o.childrenPupils).toBeGreaterThanOrEqual(700);
      expect(o.childrenPupils).toBeLessThanOrEqual(30_000);
      expect(hold.endsOn > TODAY).toBe(true);
    }
    const invited = new Set(history.dialogues.map((d) => d.organiserKey));
    expect(targeted.filter((h) => invited.has(h.organiserKey))).toEqual([]);
  });

  it('has exactly five municipalities nobody was offered: four without private organisers, in the fifth the private one declined', () => {
    const notReached = facts.municipalitiesNotReached;
    expect(notReached).toHaveLength(5);
    expect(notReached.filter((m) => m.privateOrganisers === 0)).toHaveLength(4);
    const fifth = notReached.find((m) => m.privateOrganisers > 0)!;
    expect(fifth.privateInvited).toBe(fifth.privateOrganisers);
    expect(fifth.privateDeclined).toBe(fifth.privateOrganisers);
  });

  it('never invites an organiser while a hold is in force; inspections keep six months of grace', () => {
    for (const hold of history.holds) {
      if (hold.kind === 'inspection' || hold.kind === 'quality_review') expect(hold.endsOn).toBe(addMonths(hold.plannedOn!, 6));
      expect(hold.startsOn <= hold.endsOn && hold.startsOn < TODAY).toBe(true);
    }
    const holdsOf = new Map<string, typeof history.holds>();
    for (const h of history.holds) holdsOf.set(h.organiserKey, [...(holdsOf.get(h.organiserKey) ?? []), h]);
    const collisions = history.dialogues.filter((d) => (holdsOf.get(d.organiserKey) ?? [])
      .some((h) => h.startsOn <= d.invitedAt.slice(0, 10) && d.invitedAt.slice(0, 10) <= h.endsOn));
    expect(collisions).toEqual([]);
    const explained = history.dialogues.filter((d) => (holdsOf.get(d.organiserKey) ?? [])
      .some((h) => h.kind !== 'targeted_intervention' && h.endsOn < d.invitedAt.slice(0, 10)));
    expect(explained.length).toBeGreaterThanOrEqual(20);
    const withdrawn = cohort.filter((d) => d.state === 'withdrawn' && !has(d, 'accept'));
    expect(withdrawn.every((d) => holdsOf.get(d.organiserKey)?.some((h) => h.startsOn === d.transitions.at(-1)!.at.slice(0, 10)))).toBe(true);
  });
});

describe('demo dialogue history, default seed: cases, meetings and people', () => {
  it('has about 30 people per agency at the six offices, the most at Solna, with the demo personas', () => {
    for (const agency of ['skolverket', 'spsm'] as const) {
      const people = history.staff.filter((s) => s.agency === agency);
      expect(people.length).toBeGreaterThanOrEqual(28);
      expect(people.length).toBeLessThanOrEqual(32);
      expect(people.filter((s) => s.role === 'coordinator').length).toBeGreaterThanOrEqual(2);
    }
    const perOffice = OFFICES.map((o) => history.staff.filter((s) => s.officeCode === o.code).length);
    expect(Math.min(...perOffice)).toBeGreaterThan(0);
    expect(perOffice[0]).toBe(Math.max(...perOffice));
    const karin = history.staff.find((s) => s.personaId === 'ledare-skolverket')!;
    const johan = history.staff.find((s) => s.personaId === 'ledare-spsm')!;
    expect([karin.name, karin.agency, karin.officeCode]).toEqual(['Karin Lindqvist', 'skolverket', 'goteborg']);
    expect([johan.name, johan.agency, johan.officeCode]).toEqual(['Johan Bergström', 'spsm', 'goteborg']);
    expect(new Set(history.staff.map((s) => s.email)).size).toBe(history.staff.length);
    expect(new Set(history.staff.map((s) => s.name)).size).toBe(history.staff.length);
  });

  it('gives every dialogue a pair from its organiser\'s office, one leader per agency', () => {
    const teams = new Map(history.teams.map((t) => [t.key, t]));
    const wrong = history.dialogues.filter((d) => {
      const team = teams.get(d.teamKey)!;
      return d.officeCode !== organisers.get(d.organiserKey)!.officeCode || team.officeCode !== d.officeCode
        || staff.get(d.leaders.skolverket)?.agency !== 'skolverket' || staff.get(d.leaders.spsm)?.agency !== 'spsm'
        || team.skolverketKey !== d.leaders.skolverket || team.spsmKey !== d.leaders.spsm
        || d.invitedAt.slice(0, 10) < team.activeFrom;
    });
    expect(wrong).toEqual([]);
  });

  it('never puts a leader in two meetings at once', () => {
    const byLeader = new Map<string, HistoryMeeting[]>();
    for (const m of history.meetings) {
      for (const p of m.participants) if (p.staffKey) byLeader.set(p.staffKey, [...(byLeader.get(p.staffKey) ?? []), m]);
    }
    const clashes: string[] = [];
    for (const [leader, list] of byLeader) {
      const sorted = [...list].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
      for (let i = 1; i < sorted.length; i++) {
        if (Date.parse(sorted[i]!.startsAt) < Date.parse(sorted[i - 1]!.endsAt)) clashes.push(`${leader} ${sorted[i]!.key}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('holds meetings on working days outside the summer and Christmas breaks, in office hours, digital ones by video link', () => {
    const wrong = history.meetings.filter((m) => {
      const day = dayOf(m.date);
      const digital = DIGITAL_MEETINGS.includes(m.kind) || m.kind === 'follow_up';
      return !isMeetingDay(day) || m.startsAt.slice(0, 10) !== m.date || minuteOf(m.startsAt) < 8 * 60 || minuteOf(m.endsAt) > 17 * 60
        || Date.parse(m.endsAt) <= Date.parse(m.startsAt) || !/[+]0[12]:00$/.test(m.startsAt)
        || (digital ? m.videoUrl === null || m.place !== null : m.place === null || m.videoUrl !== null)
        || (m.status === 'held') !== (m.date < TODAY);
    });
    expect(wrong).toEqual([]);
  });

  it('runs the meetings of a dialogue in order, intro usually in a group of one round and office, follow-ups from 2026', () => {
    const dialogues = new Map(history.dialogues.map((d) => [d.key, d]));
    const intros = history.meetings.filter((m) => m.kind === 'intro');
    const grouped = intros.filter((m) => m.dialogueKeys.length > 1);
    expect(grouped.reduce((s, m) => s + m.dialogueKeys.length, 0)).toBeGreaterThan(0.7 * intros.reduce((s, m) => s + m.dialogueKeys.length, 0));
    for (const m of grouped) {
      const members = m.dialogueKeys.map((k) => dialogues.get(k)!);
      expect(new Set(members.map((d) => `${d.roundKey}|${d.officeCode}`)).size).toBe(1);
    }
    const order = ['intro', 'pre_meeting', 'physical', 'feedback', 'follow_up'];
    const outOfOrder = history.dialogues.filter((d) => {
      const list = [...(meetingsOf.get(d.key) ?? [])].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
      return list.some((m, i) => i > 0 && order.indexOf(m.kind) < order.indexOf(list[i - 1]!.kind));
    });
    expect(outOfOrder).toEqual([]);
    expect(history.meetings.filter((m) => m.kind === 'follow_up' && m.date < '2026-01-01')).toEqual([]);
    expect(history.meetings.some((m) => m.kind === 'follow_up' && m.status === 'held')).toBe(true);
  });

  it('follows the state machine: every transition allowed, in time order, ending in the dialogue\'s state', () => {
    expect([...new Set(history.dialogues.flatMap((d) => d.transitions.map((t) => t.event)))].every((e) => (DIALOGUE_EVENTS as readonly string[]).includes(e))).toBe(true);
    const wrong = history.dialogues.filter((d) => {
      const t = d.transitions;
      return t[0]?.from !== 'planned' || t.at(-1)!.to !== d.state
        || t.some((x, i) => !TRANSITIONS[x.event].from.includes(x.from) || TRANSITIONS[x.event].to !== x.to
          || (i > 0 && (x.from !== t[i - 1]!.to || Date.parse(x.at) < Date.parse(t[i - 1]!.at))) || x.at.slice(0, 10) >= TODAY)
        || (has(d, 'hold_physical') && (!d.focusQuestion || !d.purpose))
        || (d.state === 'closed' && (d.notes?.status !== 'registered' || !d.notes.caseNumbers?.skolverket || !d.notes.caseNumbers.spsm))
        || (d.state === 'withdrawn' && !d.withdrawReason);
    });
    expect(wrong).toEqual([]);
    const numbers = history.dialogues.flatMap((d) => (d.notes?.caseNumbers ? [d.notes.caseNumbers.skolverket, d.notes.caseNumbers.spsm] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('has finished every dialogue invited by spring 2025 by today', () => {
    expect(history.dialogues.filter((d) => d.invitedAt < '2025-07' && !FINAL.includes(d.state))).toEqual([]);
  });

  it('sends invitations in rounds of about 100 in 2022 and 150–200 later, with three weeks to answer', () => {
    for (const round of history.rounds) {
      const invitation = dayOf(round.invitationDate);
      expect(isWorkingDay(invitation)).toBe(true);
      expect(round.answerDeadline).toBe(dateOf(nextWorkingDay(invitation + 21)));
      const size = round.organiserCount;
      if (round.invitationDate < '2023') expectNear(size, 100, 10);
      else expectNear(size, 175, 25);
    }
    expect(history.cycles.map((c) => [c.startsOn, c.offerWithinYears])).toEqual([['2022-08-15', 3], ['2025-07-01', 2]]);
  });

  it('gives the personas a real week from 2026-11-23: meetings, answers due and notes awaiting approval', () => {
    const karin = history.staff.find((s) => s.personaId === 'ledare-skolverket')!;
    const johan = history.staff.find((s) => s.personaId === 'ledare-spsm')!;
    expect(karin.teamKey).toBe(johan.teamKey);
    const theirs = history.dialogues.filter((d) => d.leaders.skolverket === karin.key);
    const week = history.meetings.filter((m) => m.date >= TODAY && m.date <= '2026-11-27' && m.participants.some((p) => p.staffKey === karin.key));
    expect(week.length).toBeGreaterThanOrEqual(3);
    expect(theirs.some((d) => d.state === 'invited' && d.answerDeadline > TODAY && d.answerDeadline <= '2026-11-30')).toBe(true);
    expect(theirs.some((d) => d.state === 'accepted' && (meetingsOf.get(d.key) ?? []).some((m) => m.status === 'planned'))).toBe(true);
    expect(theirs.some((d) => d.state === 'physical_held' && (d.notes?.status === 'sent' || d.notes?.status === 'commented'))).toBe(true);
    expect(history.rounds.filter((r) => r.status === 'open').length).toBeGreaterThanOrEqual(1);
  });
});

describe('demo dialogue history: calendar', () => {
  it('knows the Swedish days off as date-holidays does (public holidays plus midsommarafton, julafton, nyårsafton)', () => {
    const library = new Holidays('SE', { languages: ['sv'], timezone: 'Europe/Stockholm' });
    for (let year = 2022; year <= 2027; year++) {
      const expected = library.getHolidays(year, 'sv')
        .filter((h) => h.type === 'public' || ['midsommarafton', 'julafton', 'nyårsafton'].includes(h.name))
        .map((h) => h.date.slice(0, 10));
      expect([...holidaysOf(year)].map(dateOf).sort()).toEqual([...new Set(expected)].sort());
    }
  });
});

describe('demo dialogue history: determinism and other seeds', () => {
  it('gives the identical history for the same seed and today, and another one for another seed', () => {
    expect(generate(DEFAULT_DEMO_SEED).history).toEqual(history);
    expect(history.today).toBe(DEFAULT_HISTORY_TODAY);
    const other = generate(7).history;
    expect(other.dialogues.map((d) => d.key)).not.toEqual(history.dialogues.map((d) => d.key));
    const otherFacts = historyFacts(other);
    for (const year of YEARS) {
      expect(otherFacts.invitedByYear[year]).toBe(TABLE_1[year].invited);
      expect(otherFacts.physicalByYear[year]).toBe(TABLE_1[year].physical);
      expect(otherFacts.cost.find((c) => c.year === year)?.total).toBe(TABLE_1[year].total);
    }
    expect(otherFacts.municipalitiesNotReached).toHaveLength(5);
    expect(otherFacts.targetedInterventions).toBe(37);
  });

  it('refuses a today outside 2026 and shows later events as plans', () => {
    const dataset = generateDemoDataset({ seed: DEFAULT_DEMO_SEED, municipalities });
    expect(() => generateDialogueHistory({ dataset, municipalities, seed: 1, today: '2025-11-23' })).toThrow(/2026/);
    const earlier = generateDialogueHistory({ dataset, municipalities, seed: DEFAULT_DEMO_SEED, today: '2026-10-01' });
    expect(earlier.meetings.filter((m) => m.date >= '2026-10-01' && m.status !== 'planned')).toEqual([]);
    expect(earlier.dialogues.filter((d) => d.invitedAt >= '2026-10-01')).toEqual([]);
    expect(earlier.timeRecords.filter((r) => r.workedOn >= '2026-10-01')).toEqual([]);
    expect(historyFacts(earlier).cost.find((c) => c.year === 2025)?.total).toBe(TABLE_1[2025].total);
  });
});
