import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../registry/import/fixtures/support.ts';
import { parse, plain } from './fixtures.ts';

const answer = (values: unknown[]) => JSON.stringify({ count: values.length, values, next_url: null });

describe('Kolada data answers', () => {
  it('reads the total of each KPI row for the municipal organiser and skips the country and units', () => {
    const parsed = parse(answer([
      {
        kpi: 'N15005', municipality: '0180', period: 2023,
        values: [{ gender: 'K', value: 1, count: 1 }, { gender: 'T', value: 118_300, count: 1, status: '' }, { gender: 'M', value: 2, count: 1 }],
      },
      { kpi: 'N11008', municipality: '1480', period: '2024', values: [{ gender: 'T', value: null, count: 0, status: '..' }] },
      { kpi: 'N11102', municipality: '1480', period: 2024, values: [{ gender: 'T', value: null, count: 0 }] },
      { kpi: 'N15005', municipality: '0000', period: 2023, values: [{ gender: 'T', value: 121_000, count: 290 }] },
      { kpi: 'N15005', ou: 'V15E144001301', period: 2023, values: [{ gender: 'T', value: 99_000, count: 1 }] },
      { kpi: 'N15005', municipality: '0180', period: 2022, isdeleted: true, values: [{ gender: 'T', value: 1, count: 1 }] },
    ]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.format).toBe('kolada');
    expect(plain(parsed)).toEqual([
      { organiser: { kind: 'municipality', code: '0180' }, schoolForm: 'grundskola', measureKey: 'cond.kostnad-per-elev', year: 2023, value: 118_300, status: null, n: null },
      { organiser: { kind: 'municipality', code: '1480' }, schoolForm: 'forskola', measureKey: 'cond.kostnad-per-barn', year: 2024, value: null, status: '..', n: null },
      { organiser: { kind: 'municipality', code: '1480' }, schoolForm: 'forskola', measureKey: 'ind.fsk.barn-per-arsarbetare', year: 2024, value: null, status: '.', n: null },
    ]);
    expect(parsed.skippedCountry).toBe(1);
    expect(parsed.skippedUnits).toBe(1);
    expect(parsed.rows[0]!.at('value').field).toBe('values[0].values[1].value');
    expect(parsed.rows[0]!.at('organiser').field).toBe('values[0].municipality');
  });

  it('names an unknown KPI once, with the path of its first row (Kolada’s own fixture)', () => {
    const bytes = readFileSync(path.join(REPO_ROOT, 'reference/formats/kolada__data_kpi_municipality_fixture.json'));
    const parsed = parse(bytes);
    expect(parsed.format).toBe('kolada');
    expect(parsed.messages).toEqual([expect.stringMatching(/^Fältet "values\[0\]\.kpi": nyckeltalet "N00945" motsvarar inget mått i kvalitetssystemet; kända nyckeltal är N11008/)]);
  });

  it('refuses a row without a total, a bad period and a non-numeric value, each by its path', () => {
    const parsed = parse(answer([
      { kpi: 'N15005', municipality: '0180', period: 2023, values: [{ gender: 'K', value: 1 }] },
      { kpi: 'N15005', municipality: '0180', period: 'senaste', values: [{ gender: 'T', value: 1 }] },
      { kpi: 'N15005', municipality: '0180', period: 2021, values: [{ gender: 'T', value: '12,5' }] },
      { kpi: 'N15005', municipality: '180', period: 2021, values: [{ gender: 'T', value: 1 }] },
    ]));
    expect(parsed.problems.map((p) => p.field)).toEqual([
      'values[0].values', 'values[1].period', 'values[2].values[0].value', 'values[3].municipality',
    ]);
    expect(parsed.messages[0]).toMatch(/värdet för totalt \(gender "T"\) saknas/);
  });

  it('reports broken JSON with the line of the error', () => {
    const broken = '{\n  "values": [\n    {"kpi": "N15005", "municipality": "0180",, "period": 2023}\n  ]\n}';
    const parsed = parse(broken);
    expect(parsed.format).toBeNull();
    expect(parsed.problems).toEqual([{ line: 3, field: null, message: 'Rad 3: filen är inte giltig JSON; felet finns här eller strax före.' }]);
  });
});
