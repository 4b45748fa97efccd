/**
 * Which catalogue measure a code of a source stands for. A PxWeb measure code is accepted when it is
 * a catalogue key itself or when its label is the name of an indicator or conditions measure (case,
 * å/ä/ö and punctuation spacing ignored); a few official labels of the statistics database that differ
 * from the catalogue's wording are listed here. The same label can stand for measures of different
 * school forms (the UFA tables use one wording per form), so a code maps to candidates and the school
 * form of the value picks one.
 */
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import { fold } from '../../registry/import/vocabulary.ts';
import type { CatalogueMeasure } from './types.ts';

/**
 * Labels of the statistics database's "Underlag för analys" tables (metadata `valueTexts`) that are
 * not worded like the catalogue's names. Extend it when a table brings a label the import refuses.
 */
const STATISTICS_DB_LABELS: Record<string, readonly string[]> = {
  'Andel elever med lägst E i samtliga ämnen åk 9': ['ind.gr.betyg-alla-amnen'],
};

/**
 * The count that a table carries beside its measures ("Elever, antal", "Barn, antal i huvudmannens
 * förskolor", "Antal elever"): it is the n of the other values, not a value of its own.
 */
const COUNT_LABEL = /^((barn och elever|barn|elever),? antal\b.*|antal (barn och elever|barn|elever))$/;
const COUNT_CODES = new Set(['n', 'antal']);

const normalise = (label: string): string => fold(label).replace(/\s*,\s*/g, ', ');

export type MeasureMatch = { kind: 'count' } | { kind: 'measure'; candidates: readonly string[] };

export function measureMatcher(measures: ReadonlyMap<string, CatalogueMeasure>): (code: string, label: string) => MeasureMatch | null {
  const byName = new Map<string, string[]>();
  const add = (label: string, key: string): void => {
    const list = byName.get(normalise(label)) ?? [];
    if (!list.includes(key)) byName.set(normalise(label), [...list, key]);
  };
  for (const measure of measures.values()) add(measure.name, measure.key);
  for (const [label, keys] of Object.entries(STATISTICS_DB_LABELS)) {
    for (const key of keys) if (measures.has(key)) add(label, key);
  }
  return (code, label) => {
    if (measures.has(code)) return { kind: 'measure', candidates: [code] };
    const named = byName.get(normalise(label));
    if (named) return { kind: 'measure', candidates: named };
    if (COUNT_CODES.has(code.trim().toLowerCase()) || COUNT_LABEL.test(normalise(label))) return { kind: 'count' };
    return null;
  };
}

/** The candidate measured for the school form; the first one otherwise (the rules then explain why it does not fit). */
export function pickMeasure(candidates: readonly string[], schoolForm: SchoolForm, measures: ReadonlyMap<string, CatalogueMeasure>): string {
  return candidates.find((key) => measures.get(key)?.schoolForms.includes(schoolForm)) ?? candidates[0]!;
}
