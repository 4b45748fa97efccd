/** Shared by the value import's unit tests: the demo catalogue's measures, organisation numbers, builders of real-shaped files. */
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import { DEMO_CATALOGUE } from '../../catalogue/demo/demo-catalogue.ts';
import { orgNr, utf8 } from '../../registry/import/fixtures/support.ts';
import { ProblemLog } from '../../registry/import/problems.ts';
import { parseValueFile } from './parse.ts';
import type { CatalogueMeasure, ParsedValueFile } from './types.ts';

export { orgNr, utf8 };

export const MEASURES: ReadonlyMap<string, CatalogueMeasure> = new Map(
  [...DEMO_CATALOGUE.indicators, ...DEMO_CATALOGUE.conditions].map((m) => [m.key, { key: m.key, name: m.name, unit: m.unit, schoolForms: m.schoolForms }]),
);

export const ORG_A = orgNr('212000233'); // a municipality-like number (212000-233x)
export const ORG_B = orgNr('556677889');
export const UNIT_OF_A = `${ORG_A}-87313898`;

export interface Parsed extends ParsedValueFile {
  problems: ReturnType<ProblemLog['list']>;
  messages: string[];
}

export function parse(content: string | Uint8Array, options: { filename?: string; schoolForm?: SchoolForm; maxBytes?: number } = {}): Parsed {
  const log = new ProblemLog();
  const parsed = parseValueFile({
    bytes: typeof content === 'string' ? utf8(content) : content,
    filename: options.filename ?? 'varden.json',
    maxBytes: options.maxBytes ?? 10_000_000,
    measures: MEASURES,
    schoolForm: options.schoolForm ?? null,
    log,
  });
  const problems = log.list(parsed.format === 'csv');
  return { ...parsed, problems, messages: problems.map((p) => p.message) };
}

/** The plain data of read values (without the place function), for toEqual. */
export const plain = (parsed: ParsedValueFile) =>
  parsed.rows.map(({ at: _at, ...row }) => row);

type Category = [code: string, label: string];

/** A json-stat2 dataset as PxWeb answers it: dimensions in `id` order, `value` row-major, last dimension fastest. */
export function jsonStat(options: {
  label?: string;
  dimensions: { id: string; label: string; categories: Category[] }[];
  value: (number | null)[] | Record<string, number | null>;
  status?: Record<string, string> | string;
  timeId?: string;
}) {
  return {
    version: '2.0',
    class: 'dataset',
    label: options.label ?? 'Underlag för analys för grundskola efter mått, huvudman och läsår',
    source: 'Skolverket',
    updated: '2025-09-24T06:00:00Z',
    note: ["'.' = uppgift saknas, '..' = sekretess (färre än tio elever)"],
    role: { time: [options.timeId ?? 'time'] },
    id: options.dimensions.map((d) => d.id),
    size: options.dimensions.map((d) => d.categories.length),
    dimension: Object.fromEntries(options.dimensions.map((d) => [d.id, {
      label: d.label,
      category: {
        index: Object.fromEntries(d.categories.map(([code], i) => [code, i])),
        label: Object.fromEntries(d.categories),
      },
    }])),
    value: options.value,
    ...(options.status === undefined ? {} : { status: options.status }),
  };
}
