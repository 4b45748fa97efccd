import { describe, expect, it } from 'vitest';
import { ProblemLog, tablePlace } from '../../registry/import/problems.ts';
import { MEASURES, ORG_A, ORG_B } from './fixtures.ts';
import { checkValues, type RuleContext } from './rules.ts';
import type { CatalogueMeasure, RawValue } from './types.ts';

const ID_A = '00000000-0000-4000-8000-00000000000a';
const ID_KOMMUN = '00000000-0000-4000-8000-00000000000c';

const context = (measures: ReadonlyMap<string, CatalogueMeasure> = MEASURES): RuleContext => ({
  measures,
  organiserIds: new Map([[ORG_A, ID_A]]),
  municipalOrganisers: new Map([['0180', [ID_KOMMUN]], ['9999', ['x', 'y']]]),
  currentYear: 2025,
});

let line = 1;
function value(changes: Partial<Omit<RawValue, 'at'>> = {}): RawValue {
  const at = ++line;
  return {
    organiser: { kind: 'orgNumber', orgNumber: ORG_A }, schoolForm: 'grundskola', measureKey: 'ind.gr.betyg-alla-amnen',
    year: 2024, value: 80, status: null, n: 100, ...changes,
    at: (field) => tablePlace(null, at, field === 'row' ? null : field),
  };
}

function check(rows: RawValue[], ctx = context()) {
  const log = new ProblemLog();
  const out = checkValues(rows, ctx, log);
  return { out, messages: log.list().map((p) => p.message) };
}

describe('value rules', () => {
  it('passes clean values and resolves organisers by number or, for Kolada, by municipality', () => {
    const { out, messages } = check([
      value(),
      value({ organiser: { kind: 'municipality', code: '0180' }, schoolForm: 'forskola', measureKey: 'cond.kostnad-per-barn', value: 160_000, n: null }),
      value({ measureKey: 'ind.gr.meritvarde-foraldrar-skillnad', value: -12.5 }),
      value({ year: 2023, value: null, status: '..', n: 4 }),
    ]);
    expect(messages).toEqual([]);
    expect(out.map((v) => [v.organiserId, v.measureKey, v.value, v.status, v.n])).toEqual([
      [ID_A, 'ind.gr.betyg-alla-amnen', 80, null, 100],
      [ID_KOMMUN, 'cond.kostnad-per-barn', 160_000, null, null],
      [ID_A, 'ind.gr.meritvarde-foraldrar-skillnad', -12.5, null, 100],
      [ID_A, 'ind.gr.betyg-alla-amnen', null, '..', 4],
    ]);
  });

  it('refuses unknown organisers and measures, wrong school forms, years, ranges and counts', () => {
    const { out, messages } = check([
      value({ organiser: { kind: 'orgNumber', orgNumber: ORG_B } }),
      value({ organiser: { kind: 'municipality', code: '0127' } }),
      value({ organiser: { kind: 'municipality', code: '9999' } }),
      value({ measureKey: 'ind.gr.frukost' }),
      value({ schoolForm: 'gymnasieskola' }),
      value({ year: 1999 }),
      value({ year: 2027 }),
      value({ value: 100.5, year: 2020 }),
      value({ value: -0.1, year: 2021 }),
      value({ n: 12.5, year: 2022 }),
      value({ n: -1, year: 2023 }),
    ]);
    expect(out).toEqual([]);
    expect(messages).toEqual([
      `Rad ${line - 10}, kolumn "organiser": huvudmannen ${ORG_B} finns inte i registret; importera huvudmannen först.`,
      `Rad ${line - 9}, kolumn "organiser": det finns ingen kommun som huvudman med kommunkoden 0127 i registret.`,
      `Rad ${line - 8}, kolumn "organiser": 2 huvudmän av typen kommun har kommunkoden 9999; värdet kan inte knytas till en av dem.`,
      `Rad ${line - 7}, kolumn "measure": måttet "ind.gr.frukost" finns inte i den senast publicerade versionen av kvalitetssystemet.`,
      `Rad ${line - 6}, kolumn "measure": måttet "ind.gr.betyg-alla-amnen" (Andel elever i årskurs 9 med godkända betyg i alla ämnen)`
        + ' mäts inte för gymnasieskola; det gäller grundskola.',
      `Rad ${line - 5}, kolumn "year": året 1999 ligger utanför 2000–2026.`,
      `Rad ${line - 4}, kolumn "year": året 2027 ligger utanför 2000–2026.`,
      `Rad ${line - 3}, kolumn "value": värdet 100,5 ligger utanför det tillåtna för "ind.gr.betyg-alla-amnen" (procent, 0–100).`,
      `Rad ${line - 2}, kolumn "value": värdet −0,1 ligger utanför det tillåtna för "ind.gr.betyg-alla-amnen" (procent, 0–100).`,
      `Rad ${line - 1}, kolumn "n": antalet ska vara ett heltal, 0 eller större (12,5).`,
      `Rad ${line}, kolumn "n": antalet ska vara ett heltal, 0 eller större (−1).`,
    ]);
  });

  it('refuses result indicators for förskola even where a catalogue lists förskola for one', () => {
    const measures = new Map(MEASURES);
    measures.set('ind.gr.betyg-alla-amnen', { ...MEASURES.get('ind.gr.betyg-alla-amnen')!, schoolForms: ['grundskola', 'forskola'] });
    const { messages } = check([value({ schoolForm: 'forskola' }), value({ schoolForm: 'forskola', measureKey: 'ind.fsk.inskrivna-barn' })], context(measures));
    expect(messages).toEqual([expect.stringMatching(/förskolan har inga nationella resultatmått, så "ind.gr.betyg-alla-amnen" kan inte importeras/)]);
  });

  it('names a duplicate with the place of the first, and reports a shared place once', () => {
    const first = value({ year: 2023 });
    const { out, messages } = check([first, value({ year: 2023, value: 81 })]);
    expect(out).toHaveLength(1);
    expect(messages).toEqual([`Rad ${line}: samma huvudman, skolform, mått och år finns redan på rad ${line - 1}.`]);

    const shared = tablePlace(null, 2, 'level');
    const unknown = (year: number): RawValue => ({ ...value({ organiser: { kind: 'orgNumber', orgNumber: ORG_B }, year }), at: () => shared });
    expect(check([unknown(2022), unknown(2023), unknown(2024)]).messages).toHaveLength(1);
  });
});
