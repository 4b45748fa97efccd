/**
 * The demo dialogue history in the database and the yearly volumes counted from it: the loaded rows
 * are the generator's, the volumes API gives the evaluation's published figures (Table 1 of STK
 * 2026:5: invited 217/572/787/899, on-site dialogues 166/440/608/704) and the ones `historyFacts`
 * computes, only to the roles that may see aggregates, without any organiser's identity and with
 * small groups suppressed; a change to the dialogues shows in the next answer.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DialogueVolumes, VolumeFigure } from '../../src/shared/api/dialogue-volumes.ts';
import { generateDemoDataset } from '../../src/server/modules/demo/generate.ts';
import { demoGeography } from '../../src/server/modules/demo/geography.ts';
import { generateDialogueHistory, historyFacts, type DialogueHistory, type HistoryFacts } from '../../src/server/modules/dialogues/demo/history.ts';
import { meetingDialogues, meetings } from '../../src/server/modules/dialogues/schema.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { rows } from '../support/sql.ts';

const YEARS = [2022, 2023, 2024, 2025] as const;
const INVITED = { 2022: 217, 2023: 572, 2024: 787, 2025: 899 };
const PHYSICAL = { 2022: 166, 2023: 440, 2024: 608, 2025: 704 };

let t: TestApp;
let history: DialogueHistory;
let facts: HistoryFacts;
let analyst: Session;

beforeAll(async () => {
  // Only Date is faked: the volumes count up to "today", which is the day after the demo's today.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-24T10:00:00+01:00'));
  t = await createTestApp({ dialogues: true });
  const geography = demoGeography();
  history = generateDialogueHistory({ dataset: generateDemoDataset({ seed: t.config.DEMO_SEED, municipalities: geography.reference }), municipalities: geography.reference, seed: t.config.DEMO_SEED });
  facts = historyFacts(history);
  analyst = await signIn(t.app, 'analytiker');
});
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

const one = async <T>(query: ReturnType<typeof sql>): Promise<T> => (await rows<{ v: T }>(t.db, query))[0]!.v;
const volumes = async (session: Session = analyst) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/dialogues/volumes', headers: as(session) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DialogueVolumes;
};
const year = (v: DialogueVolumes, y: number) => v.years.find((x) => x.year === y)!;

describe('the loaded demo dialogue history', () => {
  it('holds exactly the generator\'s dialogues, steps, meetings, notes and time records', async () => {
    expect(await one(sql`select count(*)::int as v from dialogues`)).toBe(history.dialogues.length);
    expect(await one(sql`select count(*)::int as v from dialogue_organisers`)).toBe(history.dialogues.length);
    expect(await one(sql`select count(*)::int as v from dialogue_transitions`)).toBe(history.dialogues.reduce((n, d) => n + d.transitions.length, 0));
    expect(await one(sql`select count(*)::int as v from dialogue_meetings`)).toBe(history.meetings.length);
    expect(await one(sql`select count(*)::int as v from dialogue_meeting_participants`)).toBe(history.meetings.reduce((n, m) => n + m.participants.length, 0));
    expect(await one(sql`select count(*)::int as v from dialogue_meeting_notes`)).toBe(history.dialogues.filter((d) => d.notes).length);
    expect(await one(sql`select count(*)::int as v from dialogue_register_entries`)).toBe(2 * history.dialogues.filter((d) => d.notes?.status === 'registered').length);
    expect(await one(sql`select count(*)::int as v from dialogue_time_records`)).toBe(history.timeRecords.length);
    expect(await one(sql`select count(*)::int as v from dialogue_holds`)).toBe(history.holds.length);
    expect(await one(sql`select count(*)::int as v from dialogue_rounds`)).toBe(history.rounds.length);
    const hours = history.timeRecords.reduce((n, r) => n + r.hours, 0);
    expect(Number(await one(sql`select sum(hours)::text as v from dialogue_time_records`))).toBeCloseTo(hours, 6);
    const travel = history.timeRecords.reduce((n, r) => n + r.travelCostSek, 0);
    expect(Number(await one(sql`select sum(travel_cost_sek)::text as v from dialogue_time_records`))).toBe(travel);
  });

  it('makes the staff users, with the personas as themselves, and audits the load', async () => {
    const personas = history.staff.filter((s) => s.personaId);
    expect(personas.map((s) => s.personaId).sort()).toEqual(['ledare-skolverket', 'ledare-spsm', 'samordnare']);
    expect(await one(sql`select count(*)::int as v from users where subject like 'demo-staff:%'`)).toBe(history.staff.length - personas.length);
    const karin = history.staff.find((s) => s.personaId === 'ledare-skolverket')!;
    expect(await one(sql`select count(*)::int as v from dialogues d join users u on u.id = d.leader_skolverket_id where u.subject = 'demo:ledare-skolverket'`))
      .toBe(history.dialogues.filter((d) => d.leaders.skolverket === karin.key).length);
    const [record] = await rows<{ details: Record<string, number> }>(t.db, sql`select details from audit_log where event = 'dialogue.history_loaded'`);
    expect(record?.details).toMatchObject({ dialogues: history.dialogues.length, meetings: history.meetings.length, timeRecords: history.timeRecords.length });
  });

  it('gives every meeting a stable calendar UID, the withdrawn their reason and the inspectorate its holds', async () => {
    expect(await one(sql`select count(*)::int as v from dialogue_meetings where ical_uid = 'mote-00001@kvalitetsnav.demo'`)).toBe(1);
    expect(await one(sql`select count(*)::int as v from dialogue_meetings where ical_uid not like 'mote-%@kvalitetsnav.demo'`)).toBe(0);
    const withdrawn = history.dialogues.filter((d) => d.withdrawReason);
    expect(await one(sql`select count(*)::int as v from dialogues where state = 'withdrawn' and decline_note is not null and closed_at is not null`))
      .toBe(withdrawn.filter((d) => d.state === 'withdrawn').length);
    expect(await one(sql`select count(*)::int as v from dialogue_holds where source = 'inspectorate'`))
      .toBe(history.holds.filter((h) => h.kind === 'inspection' || h.kind === 'quality_review').length);
  });
});

describe('GET /api/dialogues/volumes', () => {
  it('gives the published organisers invited and on-site dialogues held per year', async () => {
    const v = await volumes();
    for (const y of YEARS) {
      expect(year(v, y).organisersInvited).toEqual({ value: INVITED[y], suppressed: false });
      expect(year(v, y).physicalHeld).toEqual({ value: PHYSICAL[y], suppressed: false });
      expect(year(v, y).complete).toBe(true);
    }
    expect(v.years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(year(v, 2026).complete).toBe(false);
    expect(v.countedOn).toBe('2026-11-24');
  });

  it('answers 2022–2025 together as historyFacts counts them', async () => {
    const s = (await volumes()).summary!;
    expect([s.fromYear, s.toYear]).toEqual([2022, 2025]);
    expect(s.organisersInvited.value).toBe(facts.organisersInvitedBy2025);
    expect(s.physicalHeld.value).toBe(YEARS.reduce((n, y) => n + PHYSICAL[y], 0));
    expect(s.answers.declined.share.value).toBeCloseTo(facts.declinedShare, 9);
    expect(s.answers.accepted.share.value).toBeCloseTo(facts.introAcceptedShare, 9);
    for (const r of s.answers.declineReasons) expect(r.share.value, r.reason).toBeCloseTo(facts.declineReasonShares[r.reason], 9);
    expect(s.participation.all.share.value).toBeCloseTo(facts.participation.all, 9);
    for (const g of s.participation.byGroup) expect(g.share.value, g.group).toBeCloseTo(facts.participation.byGroup[g.group], 9);
    for (const g of s.participation.bySize) expect(g.share.value, g.sizeClass).toBeCloseTo(facts.participation.bySize[g.sizeClass], 9);
    expect(s.municipalities).toEqual({ countedOn: '2025-12-31', notReached: { value: facts.municipalitiesNotReached.length, suppressed: false }, noneOffered: { value: null, suppressed: true } });
    expect(facts.municipalitiesNotReached).toHaveLength(5);
    // Published: 16 % declined; of them 45 % lack of time or resources; municipal 92 %, private 72 % took part.
    expect(Math.round(100 * s.answers.declined.share.value!)).toBe(16);
    expect(Math.round(100 * s.participation.byGroup.find((g) => g.group === 'municipal')!.share.value!)).toBe(92);
    expect(Math.round(100 * s.participation.byGroup.find((g) => g.group === 'private')!.share.value!)).toBe(72);
  });

  it('is for the agencies and analysts only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/dialogues/volumes' })).statusCode).toBe(401);
    for (const persona of ['huvudman-kommun', 'huvudman-forskola', 'skolinspektionen']) {
      const res = await t.app.inject({ method: 'GET', url: '/api/dialogues/volumes', headers: as(await signIn(t.app, persona)) });
      expect(res.statusCode, persona).toBe(403);
    }
    for (const persona of ['ledare-skolverket', 'samordnare', 'forvaltare', 'admin']) await volumes(await signIn(t.app, persona));
  });

  it('names no organiser: no ids, organisation numbers or names in the answer', async () => {
    const body = JSON.stringify(await volumes());
    expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    const organisers = await rows<{ name: string; orgNumber: string }>(t.db, sql`select name, org_number as "orgNumber" from organisers`);
    expect(organisers.filter((o) => body.includes(o.name) || body.includes(o.orgNumber))).toEqual([]);
  });

  it('suppresses every figure built on fewer organisers than the minimum', async () => {
    const v = await volumes();
    const min = t.config.SMALL_GROUP_MIN;
    const suppressed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      if ('suppressed' in node && 'value' in node) {
        const f = node as VolumeFigure;
        if (f.suppressed) suppressed.push(path);
        if (f.suppressed) expect(f.value, path).toBeNull();
        if (!path.endsWith('share') && f.value !== null) expect(f.value === 0 || f.value >= min, `${path} = ${f.value}`).toBe(true);
        return;
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
    };
    walk(v, 'volumes');
    expect(suppressed).toContain('volumes.years.0.participation.byGroup.2.invited');
    // A share is withheld with its count, so that the share and the group cannot give the count back.
    for (const y of v.years) {
      for (const r of y.answers.declineReasons) if (r.count.suppressed) expect(r.share.suppressed).toBe(true);
      for (const g of [...y.participation.byGroup, ...y.participation.bySize]) {
        if (g.invited.suppressed) expect([g.tookPart.suppressed, g.share.suppressed]).toEqual([true, true]);
      }
    }
  });

  it('counts a change to the dialogues in the next answer', async () => {
    const before = year(await volumes(), 2025).physicalHeld.value!;
    const [dialogue] = await rows<{ id: string }>(t.db, sql`select id from dialogues where state = 'closed' limit 1`);
    await t.db.transaction(async (tx) => {
      const [m] = await tx.insert(meetings).values({
        kind: 'physical', status: 'held', icalUid: 'extra@test', startsAt: new Date('2025-05-06T09:00:00+02:00'), endsAt: new Date('2025-05-06T12:00:00+02:00'),
      }).returning();
      await tx.insert(meetingDialogues).values({ meetingId: m!.id, dialogueId: dialogue!.id });
    });
    expect(year(await volumes(), 2025).physicalHeld.value).toBe(before + 1);
  });
});
