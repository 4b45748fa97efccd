/**
 * School units of one organiser: its children and pupils are split over its school forms, then over
 * units of the usual kinds (preschools, schools with förskoleklass and fritidshem, upper secondary
 * schools, adult education), one unit per typical unit size, placed near the municipality centroid.
 */
import type { OrganiserStatus, UnitStatus } from '../../../shared/organiser.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import { splitInteger, unevenWeights } from './allocation.ts';
import { adultEducationName, createNameBook, districtName, gymnasiumName, preschoolName, schoolName } from './names.ts';
import type { Random } from './random.ts';
import type { FixedUnit } from './state-and-regions.ts';
import type { DemoMunicipality, DemoUnit, DemoUnitSchoolForm } from './types.ts';

/** Relative size of each school form within an organiser that runs it. */
const FORM_WEIGHT: Record<SchoolForm, number> = {
  forskola: 0.25, forskoleklass: 0.05, grundskola: 0.4, anpassad_grundskola: 0.006, specialskola: 0.005,
  sameskola: 0.003, gymnasieskola: 0.13, anpassad_gymnasieskola: 0.004, komvux: 0.09, fritidshem: 0.19,
};

const UNIT_KINDS = [
  { forms: ['forskola'], typical: 125, name: 'preschool' },
  { forms: ['grundskola', 'forskoleklass', 'fritidshem', 'anpassad_grundskola'], typical: 470, name: 'school' },
  { forms: ['gymnasieskola', 'anpassad_gymnasieskola'], typical: 600, name: 'upper' },
  { forms: ['komvux'], typical: 900, name: 'adult' },
] as const satisfies readonly { forms: readonly SchoolForm[]; typical: number; name: string }[];
type UnitKindName = (typeof UNIT_KINDS)[number]['name'];

const ADAPTED: ReadonlySet<SchoolForm> = new Set(['anpassad_grundskola', 'anpassad_gymnasieskola']);
/** An organiser with this many units also has a few closed or planned ones without children. */
const CLOSED_UNITS_FROM = 10;
const CLOSED_UNIT_SHARE = 0.03;

export interface UnitOrganiser {
  key: string;
  status: OrganiserStatus;
  municipalityCode: string;
  childrenPupils: number;
  schoolForms: readonly SchoolForm[];
  /** Large private organisers run units in several municipalities. */
  spread: boolean;
  fixedUnits: readonly FixedUnit[] | null;
}

export interface UnitContext {
  random: Random;
  municipalities: ReadonlyMap<string, DemoMunicipality>;
  /** Codes and weights for spreading units of large private organisers over the country. */
  spreadCodes: readonly string[];
  spreadWeights: readonly number[];
}

export function createUnitBuilder(context: UnitContext): (organiser: UnitOrganiser) => DemoUnit[] {
  const { random, municipalities } = context;
  const usedCodes = new Set<string>();
  const spreadSample = random.weightedSampler(context.spreadWeights);
  const books = new Map<string, ReturnType<typeof createNameBook>>();

  const newCode = (): string => {
    for (;;) {
      const code = String(random.int(10_000_000, 99_999_999));
      if (!usedCodes.has(code)) { usedCodes.add(code); return code; }
    }
  };
  const uniqueName = (municipalityCode: string, draw: () => string): string => {
    let book = books.get(municipalityCode);
    if (!book) { book = createNameBook(); books.set(municipalityCode, book); }
    return book.unique(draw, () => districtName(random));
  };
  const place = (organiser: UnitOrganiser): string =>
    organiser.spread && random.chance(0.6)
      ? (context.spreadCodes[spreadSample()] ?? organiser.municipalityCode)
      : organiser.municipalityCode;
  const unit = (
    organiser: UnitOrganiser, municipalityCode: string, draw: () => string, status: UnitStatus, forms: DemoUnitSchoolForm[],
  ): DemoUnit => {
    const m = municipalities.get(municipalityCode);
    const lat = (m?.lat ?? 62) + (random.next() - 0.5) * 0.2;
    const lon = (m?.lon ?? 16) + (random.next() - 0.5) * 0.28;
    return {
      code: newCode(), name: uniqueName(municipalityCode, draw), organiserKey: organiser.key, municipalityCode, status,
      lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5, schoolForms: forms,
    };
  };
  const drawFor = (kind: UnitKindName, municipalityCode: string): (() => string) => {
    if (kind === 'preschool') return () => preschoolName(random);
    if (kind === 'school') return () => schoolName(random);
    if (kind === 'upper') return () => gymnasiumName(random);
    const shortName = municipalities.get(municipalityCode)?.shortName ?? '';
    return () => adultEducationName(random, shortName);
  };

  return (organiser) => {
    const active = organiser.status === 'active';
    const status: UnitStatus = organiser.status;
    // Units of dormant and ceased organisers keep their school forms but report no children.
    const count = (n: number): number => (active ? n : 0);
    if (organiser.fixedUnits) {
      return organiser.fixedUnits.map((f) => unit(organiser, f.municipalityCode, () => f.name, status,
        Object.entries(f.forms).map(([form, n]) => ({ schoolForm: form as SchoolForm, childrenPupils: count(n) }))));
    }

    const forms = organiser.schoolForms;
    const split = splitInteger(Math.max(organiser.childrenPupils, forms.length), forms.map((f) => FORM_WEIGHT[f]));
    const totals = new Map<SchoolForm, number>(forms.map((f, i) => [f, split[i] ?? 1]));

    const units: DemoUnit[] = [];
    for (const kind of UNIT_KINDS) {
      const present: SchoolForm[] = kind.forms.filter((f) => totals.has(f));
      if (present.length === 0) continue;
      const total = (f: SchoolForm): number => totals.get(f) ?? 0;
      const kindTotal = present.reduce((s, f) => s + total(f), 0);
      const anchor = present.reduce((a, f) => (total(f) > total(a) ? f : a));
      const n = Math.max(1, Math.min(total(anchor), Math.round(kindTotal / kind.typical)));
      const perUnit: DemoUnitSchoolForm[][] = Array.from({ length: n }, () => []);
      for (const form of present) {
        const t = total(form);
        const hosts = form === anchor ? n : Math.min(n, t, ADAPTED.has(form) ? Math.max(1, Math.round(t / 12)) : t);
        const all = Array.from({ length: n }, (_, i) => i);
        const chosen = hosts === n ? all : random.shuffle(all).slice(0, hosts);
        const parts = splitInteger(t, unevenWeights(random, hosts));
        chosen.forEach((u, i) => perUnit[u]?.push({ schoolForm: form, childrenPupils: count(parts[i] ?? 0) }));
      }
      for (const unitForms of perUnit) {
        const code = place(organiser);
        units.push(unit(organiser, code, drawFor(kind.name, code), status, unitForms));
      }
    }
    if (active && units.length >= CLOSED_UNITS_FROM) {
      const extra = Math.round(units.length * CLOSED_UNIT_SHARE);
      for (let i = 0; i < extra; i++) {
        const model = random.pick(units);
        const kind = UNIT_KINDS.find((k) => (k.forms as readonly SchoolForm[]).includes(model.schoolForms[0]?.schoolForm ?? 'forskola'));
        units.push(unit(organiser, model.municipalityCode, drawFor(kind?.name ?? 'school', model.municipalityCode),
          random.chance(0.7) ? 'ceased' : 'planned', model.schoolForms.map((f) => ({ schoolForm: f.schoolForm, childrenPupils: 0 }))));
      }
    }
    return units;
  };
}
