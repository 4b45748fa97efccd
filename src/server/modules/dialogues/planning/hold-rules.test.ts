import { describe, expect, it } from 'vitest';
import { holdDates, orgNumberInput } from './hold-rules.ts';

const base = { plannedOn: null, startsOn: null, endsOn: null, reason: null, today: '2099-01-10' };

describe('hold dates', () => {
  it('ends an inspection hold six months after the planned day and starts it today unless told', () => {
    const { dates, problems } = holdDates({ ...base, kind: 'inspection', plannedOn: '2099-03-31', given: new Set(['plannedOn']) });
    expect(problems).toEqual([]);
    expect(dates).toEqual({ plannedOn: '2099-03-31', startsOn: '2099-01-10', endsOn: '2099-09-30' });
  });

  it('refuses past days, an end for an inspection and a start after the planned day', () => {
    const { problems } = holdDates({
      ...base, kind: 'quality_review', plannedOn: '2099-02-01', startsOn: '2099-03-01', endsOn: '2099-12-31', given: new Set(['plannedOn', 'startsOn', 'endsOn']),
    });
    expect(problems.map((p) => p.path)).toEqual(['endsOn', 'startsOn']);
    const past = holdDates({ ...base, kind: 'inspection', plannedOn: '2098-12-01', given: new Set(['plannedOn']) });
    expect(past.problems).toEqual([expect.objectContaining({ path: 'plannedOn', message: 'Den planerade dagen (1 december 2098) har redan passerat.' })]);
  });

  it('asks a manual hold for its last day and a reason, and keeps an old start that was not given', () => {
    expect(holdDates({ ...base, kind: 'manual', given: new Set() }).problems.map((p) => p.path)).toEqual(['endsOn', 'reason']);
    const kept = holdDates({ ...base, kind: 'manual', startsOn: '2098-05-01', endsOn: '2099-06-30', reason: 'Omorganisation', given: new Set(['endsOn']) });
    expect(kept.problems).toEqual([]);
    expect(kept.dates).toEqual({ plannedOn: null, startsOn: '2098-05-01', endsOn: '2099-06-30' });
  });

  it('reads organisation numbers with or without hyphen and explains a wrong one', () => {
    expect(orgNumberInput('212000-0142')).toEqual({ value: '2120000142' });
    expect(orgNumberInput('212000-0143')).toEqual({ problem: 'Organisationsnumret 212000-0143 är inte giltigt (kontrollsiffran stämmer inte).' });
  });
});
