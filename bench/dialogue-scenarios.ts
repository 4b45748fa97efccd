/**
 * Bench scenarios of the dialogue cases, against a running server (`bench/run.ts` starts it): the
 * leader's week (GET /api/my-week, the current week and the four before and after it) and the case
 * list (GET /api/dialogues?leader=me and ?limit=50), both as the demo leader Karin Lindqvist at 50
 * connections. Answers are remembered for a few seconds and forgotten at every commit, so each is
 * measured twice: on the demo data as it is, and while the leader writes an internal note on one of
 * their cases every WRITE_EVERY_MS (each write a commit that makes the next reads compute again).
 * `dialogues` says how many cases the leader could see, so a figure measured on a database without
 * the dialogue history shows it.
 */
import { isoWeekOf, shiftWeek } from '../src/shared/api/dialogue-week.ts';
import { load, type LoadResult } from './load.ts';

export const WEEK_PERSONA = 'ledare-skolverket';
export const WRITE_EVERY_MS = 100;
export const CASE_LIST_PATHS = ['/api/dialogues?leader=me', '/api/dialogues?limit=50'];

/** The current week in Sweden and the four weeks on either side of it. */
export function weekPaths(now = new Date()): string[] {
  const current = isoWeekOf(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now));
  return ['/api/my-week', ...[-4, -3, -2, -1, 1, 2, 3, 4].map((n) => `/api/my-week?week=${shiftWeek(current, n)}`)];
}

export interface WhileWriting extends LoadResult {
  /** Commits made while the load ran. */
  writes: number;
}

export interface WeekFigures extends LoadResult {
  /** The first answer of a week nobody has asked for since the start: the queries themselves, nothing remembered. */
  firstMs: number;
  /** Meetings in the current week and open items (notes awaiting approval, overdue answers, things to prepare). */
  meetingsThisWeek: number;
  openItems: number;
  whileWriting: WhileWriting;
}

export interface CaseListFigures extends LoadResult {
  /** Cases the whole list holds and the leader's own: 0 means the database had no dialogue history. */
  dialogues: number;
  leadersDialogues: number;
  whileWriting: WhileWriting;
}

interface Session {
  url: string;
  cookie: string;
  csrf: string;
  connections: number;
  seconds: number;
}

async function getJson<T>(url: string, cookie: string): Promise<{ body: T; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as T;
  return { body, ms: Math.round(performance.now() - started) };
}

/** Runs the load while one more client commits an internal note on one of the leader's cases every WRITE_EVERY_MS. */
async function loadWhileWriting({ url, cookie, csrf, connections, seconds }: Session, paths: string[]): Promise<WhileWriting> {
  const mine = await getJson<{ items: { id: string }[] }>(`${url}/api/dialogues?leader=me&limit=1`, cookie);
  const caseId = mine.body.items[0]?.id;
  if (!caseId) throw new Error('The leader has no case to write on: was the dialogue history loaded?');
  let writing = true;
  let writes = 0;
  const writer = (async () => {
    while (writing) {
      const res = await fetch(`${url}/api/dialogues/${caseId}/agency-notes`, {
        method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ text: `Bänkmätning ${writes + 1}`, shared: false }),
      });
      if (res.status !== 201) throw new Error(`writing a note: ${res.status} ${await res.text()}`);
      writes += 1;
      await new Promise((resolve) => setTimeout(resolve, WRITE_EVERY_MS));
    }
  })();
  try {
    const result = await load({ url, paths, cookie, connections, seconds });
    return { ...result, writes };
  } finally {
    writing = false;
    await writer;
  }
}

export async function measureWeek(session: Session): Promise<WeekFigures> {
  const { url, cookie, connections, seconds } = session;
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
    whileWriting: await loadWhileWriting(session, paths),
  };
}

export async function measureCaseList(session: Session): Promise<CaseListFigures> {
  const { url, cookie, connections, seconds } = session;
  const [all, mine] = await Promise.all(CASE_LIST_PATHS.slice().reverse().map((p) => getJson<{ total: number }>(`${url}${p}`, cookie)));
  await load({ url, paths: CASE_LIST_PATHS, cookie, connections, seconds: 2 }); // warm-up
  const result = await load({ url, paths: CASE_LIST_PATHS, cookie, connections, seconds });
  return { ...result, dialogues: all!.body.total, leadersDialogues: mine!.body.total, whileWriting: await loadWhileWriting(session, CASE_LIST_PATHS) };
}
