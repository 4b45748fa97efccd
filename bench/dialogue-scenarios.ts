/**
 * Bench scenarios of the dialogue cases, against a running server (`bench/run.ts` starts it): the
 * leader's week (GET /api/my-week, the current week and the four before and after it) and the case
 * list (GET /api/dialogues?leader=me and ?limit=50), both as the demo leader Karin Lindqvist at 50
 * connections. They read the demo data as it is and insert nothing; `dialogues` says how many cases
 * the leader could see, so a figure measured on a database without the dialogue history shows it.
 */
import { isoWeekOf, shiftWeek } from '../src/shared/api/dialogue-week.ts';
import { load, type LoadResult } from './load.ts';

export const WEEK_PERSONA = 'ledare-skolverket';
export const CASE_LIST_PATHS = ['/api/dialogues?leader=me', '/api/dialogues?limit=50'];

/** The current week in Sweden and the four weeks on either side of it. */
export function weekPaths(now = new Date()): string[] {
  const current = isoWeekOf(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now));
  return ['/api/my-week', ...[-4, -3, -2, -1, 1, 2, 3, 4].map((n) => `/api/my-week?week=${shiftWeek(current, n)}`)];
}

export interface WeekFigures extends LoadResult {
  /** The first answer of a week nobody has asked for since the start: the queries themselves, nothing remembered. */
  firstMs: number;
  /** Meetings in the current week and open items (notes awaiting approval, overdue answers, things to prepare). */
  meetingsThisWeek: number;
  openItems: number;
}

export interface CaseListFigures extends LoadResult {
  /** Cases the whole list holds and the leader's own: 0 means the database had no dialogue history. */
  dialogues: number;
  leadersDialogues: number;
}

async function getJson<T>(url: string, cookie: string): Promise<{ body: T; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as T;
  return { body, ms: Math.round(performance.now() - started) };
}

export async function measureWeek({ url, cookie, connections, seconds }: { url: string; cookie: string; connections: number; seconds: number }): Promise<WeekFigures> {
  const paths = weekPaths();
  const first = await getJson<{
    days: { meetings: unknown[] }[]; notesAwaitingApproval: unknown[]; overdueAnswers: unknown[];
    prepare: { meetings: unknown[]; tasks: unknown[] };
  }>(`${url}${paths[0]}`, cookie);
  const w = first.body;
  await load({ url, paths, cookie, connections, seconds: 2 }); // warm-up
  const result = await load({ url, paths, cookie, connections, seconds });
  return {
    ...result, firstMs: first.ms,
    meetingsThisWeek: w.days.reduce((n, d) => n + d.meetings.length, 0),
    openItems: w.notesAwaitingApproval.length + w.overdueAnswers.length + w.prepare.meetings.length + w.prepare.tasks.length,
  };
}

export async function measureCaseList({ url, cookie, connections, seconds }: { url: string; cookie: string; connections: number; seconds: number }): Promise<CaseListFigures> {
  const [all, mine] = await Promise.all(CASE_LIST_PATHS.slice().reverse().map((p) => getJson<{ total: number }>(`${url}${p}`, cookie)));
  await load({ url, paths: CASE_LIST_PATHS, cookie, connections, seconds: 2 }); // warm-up
  const result = await load({ url, paths: CASE_LIST_PATHS, cookie, connections, seconds });
  return { ...result, dialogues: all!.body.total, leadersDialogues: mine!.body.total };
}
