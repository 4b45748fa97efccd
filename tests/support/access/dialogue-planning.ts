/** Access-matrix requests for cycles, rounds and the inspectorate's holds. */
import { isWorkingDay } from '../../../src/server/modules/dialogues/calendar/holidays.ts';
import { demoPair } from '../dialogues.ts';
import { at, headersOf, type Builder, type Builders, type Matrix } from './matrix.ts';

const HOLD = { kind: 'inspection', plannedOn: '2199-06-01', startsOn: '2199-01-01' };

const firstWorkingDay = (from: string) => {
  let day = new Date(`${from}T12:00:00Z`);
  while (!isWorkingDay(day.toISOString().slice(0, 10))) day = new Date(day.getTime() + 86_400_000);
  return day.toISOString().slice(0, 10);
};
const cyclePayload = (year: number) => ({ name: `Matriscykel ${year}`, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, offerWithinYears: 1 });
const roundPayload = (year: number) => ({ name: `Matrisomgång ${year}`, invitationDate: firstWorkingDay(`${year}-03-02`), answerDeadline: firstWorkingDay(`${year}-03-23`) });

export function planningRequests(m: Matrix): Builders {
  const coordinator = () => headersOf(m, 'coordinator');
  let planningYear = 2300;
  /** A fresh cycle in its own year (from 2300 on), so that planning rows never touch the cases invited today. */
  const planningCycle = async () => {
    const year = planningYear++;
    const res = await m.t.app.inject({ method: 'POST', url: '/api/dialogue-cycles', headers: coordinator(), payload: cyclePayload(year) });
    return { id: res.json().id as string, year };
  };
  const planningRound = async (organiserId: string, { withCase = false, open = false } = {}) => {
    const cycle = await planningCycle();
    let round = (await m.t.app.inject({ method: 'POST', url: `/api/dialogue-cycles/${cycle.id}/rounds`, headers: coordinator(), payload: roundPayload(cycle.year) })).json();
    if (withCase || open) {
      round = (await m.t.app.inject({ method: 'POST', url: `/api/dialogue-rounds/${round.id}/dialogues`, headers: coordinator(), payload: { organiserIds: [organiserId], ...(await demoPair(m.t.db)) } })).json();
    }
    if (open) round = (await m.t.app.inject({ method: 'POST', url: `/api/dialogue-rounds/${round.id}/open`, headers: { ...coordinator(), 'if-match': `"${round.version}"` } })).json();
    return round as { id: string; version: number };
  };
  const inspectorateHold = async (organiserId: string) => {
    const res = await m.t.app.inject({ method: 'POST', url: '/api/holds', headers: headersOf(m, 'inspectorate_liaison'), payload: { organiserId, ...HOLD } });
    return res.json() as { id: string; version: number };
  };

  const ofCycle: Builder = async (c) => at(c, (await planningCycle()).id);
  const ofRound: Builder = async (c) => at(c, (await planningRound(c.organiserId)).id);
  return {
    'POST /api/dialogue-cycles': async (c) => ({ method: c.method, url: c.url, headers: c.headers, payload: cyclePayload(planningYear++) }),
    'GET /api/dialogue-cycles/:id/rounds': ofCycle,
    'GET /api/dialogue-cycles/:id/eligibility': ofCycle,
    'POST /api/dialogue-cycles/:id/rounds': async (c) => {
      const cycle = await planningCycle();
      return { ...at(c, cycle.id), payload: roundPayload(cycle.year) };
    },
    'GET /api/dialogue-rounds/:id': ofRound,
    'GET /api/dialogue-rounds/:id/collisions': ofRound,
    'POST /api/dialogue-rounds/:id/dialogues': async (c) => ({ ...(await ofRound(c)), payload: { organiserIds: [c.organiserId], ...(await demoPair(m.t.db)) } }),
    'POST /api/dialogue-rounds/:id/open': async (c) => {
      const round = await planningRound(c.organiserId, { withCase: true });
      return { ...at(c, round.id), headers: { ...c.headers, 'if-match': `"${round.version}"` } };
    },
    'POST /api/dialogue-rounds/:id/no-answers': async (c) => at(c, (await planningRound(c.organiserId, { open: true })).id),
    'POST /api/holds': async (c) => ({ method: c.method, url: c.url, headers: c.headers, payload: { organiserId: c.organiserId, ...HOLD } }),
    'GET /api/holds/:id': async (c) => at(c, (await inspectorateHold(c.organiserId)).id),
    'PATCH /api/holds/:id': async (c) => {
      const hold = await inspectorateHold(c.organiserId);
      return { ...at(c, hold.id), headers: { ...c.headers, 'if-match': `"${hold.version}"` }, payload: { plannedOn: '2199-07-01' } };
    },
    'POST /api/holds/:id/end': async (c) => {
      const hold = await inspectorateHold(c.organiserId);
      return { ...at(c, hold.id), headers: { ...c.headers, 'if-match': `"${hold.version}"` } };
    },
  };
}
