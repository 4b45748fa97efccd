/**
 * Rounds: batches of invitations within a cycle, each with an invitation date and an answer deadline,
 * and the coordinator's overview of one round (its cases by state, answers, overdue answers and
 * collisions with holds).
 */
import { swedishToday } from '../calendar/swedish-time.ts';
import type { RoundCase, RoundCreate, RoundDetail, RoundList, RoundSummary } from '../../../../shared/api/dialogue-planning.ts';
import type { ErrorDetail } from '../../../../shared/errors.ts';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import type { Actor } from '../../../platform/http/access.ts';
import { notFound, validation } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import { findCollisions } from './collisions.ts';
import { presentCycle } from './cycles.ts';
import { longDate, workingDayProblem } from './dates.ts';
import { casesOfRound, findCycle, findRound, insertRound, leaderNames, listRounds as roundRows, organisersOfCases, type RoundRow } from './repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const presentRound = (round: RoundRow, dialogues: number): RoundSummary => ({
  id: round.id, cycleId: round.cycleId, name: round.name, invitationDate: round.invitationDate, answerDeadline: round.answerDeadline,
  status: round.status, dialogues, version: round.version,
});

export async function listRounds({ db, cycleId }: { db: Database; cycleId: string }): Promise<RoundList> {
  return db.read(async (q) => {
    const found = await findCycle(q, cycleId);
    if (!found) throw notFound('Cykeln');
    const rows = await roundRows(q, cycleId);
    return { cycle: presentCycle(found.cycle, found.rounds), items: rows.map((r) => presentRound(r.round, r.dialogues)) };
  });
}

/** The round's dates, each problem naming its field. */
function dateProblems(input: RoundCreate, cycle: { startsOn: string; endsOn: string }, today: string): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const problem = (field: 'invitationDate' | 'answerDeadline', message: string) => problems.push({ path: field, field, message });
  if (input.invitationDate < today) problem('invitationDate', `Inbjudningsdagen ${longDate(input.invitationDate)} har redan passerat.`);
  else if (input.invitationDate < cycle.startsOn || input.invitationDate > cycle.endsOn) {
    problem('invitationDate', `Inbjudningsdagen ska ligga inom cykeln (${longDate(cycle.startsOn)}–${longDate(cycle.endsOn)}).`);
  }
  const invitationDay = workingDayProblem(input.invitationDate, 'Inbjudningsdagen');
  if (invitationDay) problem('invitationDate', invitationDay);
  if (input.answerDeadline <= input.invitationDate) problem('answerDeadline', 'Sista dag för svar ska vara efter inbjudningsdagen.');
  const deadlineDay = workingDayProblem(input.answerDeadline, 'Sista dag för svar');
  if (deadlineDay) problem('answerDeadline', deadlineDay);
  return problems;
}

export async function createRound({ db, actor, cycleId, input, now = new Date() }: {
  db: Database; actor: Actor; cycleId: string; input: RoundCreate; now?: Date;
}): Promise<RoundDetail> {
  const id = await db.transaction(async (tx) => {
    const found = await findCycle(tx, cycleId);
    if (!found) throw notFound('Cykeln');
    const problems = dateProblems(input, found.cycle, swedishToday(now));
    if (problems.length > 0) throw validation(problems);
    const row = await insertRound(tx, { cycleId, name: input.name, invitationDate: input.invitationDate, answerDeadline: input.answerDeadline, createdBy: actor.userId });
    await audit(tx, actor, {
      event: 'round.created', entityType: 'dialogue_round', entityId: row.id,
      details: { cycleId, name: row.name, invitationDate: row.invitationDate, answerDeadline: row.answerDeadline },
    });
    return row.id;
  });
  return getRound({ db, id, now });
}

async function casesWithPeople(q: Queryable, roundId: string, today: string): Promise<RoundCase[]> {
  const rows = await casesOfRound(q, roundId);
  const leaderIds = [...new Set(rows.flatMap((d) => [d.leaderSkolverketId, d.leaderSpsmId]).filter((x): x is string => x !== null))];
  const [members, leaders] = await Promise.all([organisersOfCases(q, rows.map((d) => d.id)), leaderNames(q, leaderIds)]);
  const leader = (id: string | null) => leaders.find((l) => l.id === id) ?? null;
  return rows.map((d) => ({
    id: d.id, state: d.state, officeCode: d.officeCode,
    organisers: members.filter((m) => m.dialogueId === d.id).map(({ id, name, orgNumber }) => ({ id, name, orgNumber })),
    leaderSkolverket: leader(d.leaderSkolverketId), leaderSpsm: leader(d.leaderSpsmId),
    invitedAt: iso(d.invitedAt), answerDeadline: d.answerDeadline, answeredAt: iso(d.answeredAt),
    overdue: d.state === 'invited' && d.answerDeadline !== null && d.answerDeadline < today,
  }));
}

export async function getRound({ db, id, now = new Date() }: { db: Database; id: string; now?: Date }): Promise<RoundDetail> {
  const today = swedishToday(now);
  return db.read(async (q) => {
    const found = await findRound(q, id);
    if (!found) throw notFound('Omgången');
    const [cases, collisions] = await Promise.all([casesWithPeople(q, id, today), findCollisions(q, [found.round])]);
    const byState: Record<string, number> = {};
    for (const c of cases) byState[c.state] = (byState[c.state] ?? 0) + 1;
    return {
      ...presentRound(found.round, found.dialogues),
      cycleName: found.cycle.name,
      overview: {
        total: cases.length,
        byState,
        answered: cases.filter((c) => c.answeredAt !== null).length,
        awaitingAnswer: cases.filter((c) => c.state === 'invited' && !c.overdue).length,
        overdue: cases.filter((c) => c.overdue).length,
        collisions: new Set(collisions.map((c) => c.dialogueId)).size,
      },
      cases,
    };
  });
}
