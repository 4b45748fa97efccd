/**
 * Case numbers of the registered notes: one series per agency and year, numbered in the order of
 * registration, in the formats of the schema's example (`{year}:{number}` and `SPSM {year}/{number:5}`).
 */
import type { DialogueAgency } from '../../../../shared/dialogues.ts';
import type { Aftermath } from './aftermath.ts';
import { yearOf } from './calendar.ts';
import type { PlannedDialogue } from './timeline.ts';
import type { CaseNumberSeries } from './types.ts';

const FORMATS: Record<DialogueAgency, { format: string; number: (year: number, n: number) => string }> = {
  skolverket: { format: '{year}:{number}', number: (year, n) => `${year}:${n}` },
  spsm: { format: 'SPSM {year}/{number:5}', number: (year, n) => `SPSM ${year}/${String(n).padStart(5, '0')}` },
};

export function caseNumbers(dialogues: readonly PlannedDialogue[], aftermath: ReadonlyMap<string, Aftermath>, today: number) {
  const registered = dialogues
    .map((d) => ({ key: d.key, day: aftermath.get(d.key)?.registeredDay ?? Infinity }))
    .filter((r) => r.day < today)
    .sort((a, b) => a.day - b.day || a.key.localeCompare(b.key));
  const counters = new Map<number, number>();
  const byDialogue = new Map<string, Record<DialogueAgency, string>>();
  for (const r of registered) {
    const year = yearOf(r.day);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    byDialogue.set(r.key, { skolverket: FORMATS.skolverket.number(year, n), spsm: FORMATS.spsm.number(year, n) });
  }
  const series: CaseNumberSeries[] = [];
  for (let year = 2022; year <= yearOf(today); year++) {
    for (const agency of ['skolverket', 'spsm'] as const) {
      series.push({ agency, year, next: (counters.get(year) ?? 0) + 1, format: FORMATS[agency].format });
    }
  }
  return { byDialogue, series };
}
