/**
 * Contact persons with realistic turnover. Each organiser has one to three positions (e.g. skolchef,
 * board chair); each position is held by one person at a time. From 2022 a fixed share of the
 * positions held on 1 January changes hands during the year (the evaluation saw many stale contact
 * addresses), and the positions of a ceased organiser end on the day it ceased.
 */
import type { OrganiserKind, OrganiserStatus } from '../../../shared/organiser.ts';
import { emailAddress, fictionalPhone, personName } from './names.ts';
import type { Random } from './random.ts';
import type { DemoContact } from './types.ts';

/**
 * Share of the contacts valid on 1 January that have ended by the next 1 January. The evaluation
 * found 117 of 951 contact addresses (12.3 %) stale after two years: about 6.2 % a year.
 */
export const ANNUAL_CONTACT_TURNOVER = 0.062;
export const TURNOVER_FROM_YEAR = 2022;
/** The dataset describes the registry as of this day; nothing starts or ends after it. */
export const DEMO_AS_OF = '2026-11-01';

export interface ContactOrganiser {
  key: string;
  name: string;
  kind: OrganiserKind;
  status: OrganiserStatus;
  childrenPupils: number;
}

interface Position {
  organiser: ContactOrganiser;
  role: string;
  start: number;
  /** Day numbers on which a new person takes over. */
  changes: number[];
  /** Day number after which the position no longer exists (organiser ceased); null if it lasts. */
  endsAfter: number | null;
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoCache = new Map<number, string>();
/** Cached: a few thousand distinct days, formatted some ten thousand times. */
function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

function rolesFor(random: Random, o: ContactOrganiser): string[] {
  if (o.kind === 'kommun') return o.childrenPupils >= 1000 ? ['Förvaltningschef', 'Skolchef', 'Kontaktperson'] : ['Skolchef', 'Kontaktperson'];
  if (o.kind === 'region' || o.kind === 'stat') return ['Skolchef', 'Kontaktperson'];
  if (o.childrenPupils >= 50) return random.chance(0.5) ? ['Skolchef', 'Styrelseordförande', 'Kontaktperson'] : ['Skolchef', 'Styrelseordförande'];
  const associationLike = o.kind === 'ekonomisk_forening' || o.kind === 'ideell_forening';
  if (associationLike) return random.chance(0.6) ? ['Styrelseordförande', 'Rektor'] : ['Styrelseordförande'];
  return random.chance(0.3) ? ['Rektor', 'Kontaktperson'] : ['Rektor'];
}

export function generateContacts(random: Random, organisers: readonly ContactOrganiser[]): DemoContact[] {
  const asOf = dayOf(DEMO_AS_OF);
  const historyStart = dayOf('2012-01-01');
  const turnoverStart = dayOf(`${TURNOVER_FROM_YEAR}-01-01`);
  const positions: Position[] = [];
  for (const organiser of organisers) {
    const endsAfter = organiser.status === 'ceased' ? random.int(dayOf('2023-01-01'), dayOf('2025-12-31')) : null;
    for (const role of rolesFor(random, organiser)) {
      positions.push({ organiser, role, start: random.int(historyStart, turnoverStart - 1), changes: [], endsAfter });
    }
  }

  const lastYear = Number(DEMO_AS_OF.slice(0, 4));
  for (let year = TURNOVER_FROM_YEAR; year <= lastYear; year++) {
    const first = dayOf(`${year}-01-01`);
    const last = Math.min(dayOf(`${year}-12-31`), asOf);
    const yearFraction = (last - first + 1) / 365;
    const held = positions.filter((p) => p.endsAfter === null || p.endsAfter >= first);
    const ceasing = held.filter((p) => p.endsAfter !== null && p.endsAfter <= last);
    const continuing = held.filter((p) => p.endsAfter === null || p.endsAfter > last);
    // Positions that end with their organiser already count towards the year's turnover.
    const changeCount = Math.max(0, Math.round(ANNUAL_CONTACT_TURNOVER * held.length * yearFraction) - ceasing.length);
    for (const position of random.shuffle(continuing).slice(0, changeCount)) {
      // From 2 January, so that the person leaving is counted in the year of the change.
      position.changes.push(random.int(first + 1, last));
    }
  }

  const contacts: DemoContact[] = [];
  for (const p of positions) {
    const starts = [p.start, ...p.changes];
    starts.forEach((from, i) => {
      const next = starts[i + 1];
      const to = next !== undefined ? next - 1 : p.endsAfter;
      const name = personName(random);
      contacts.push({
        organiserKey: p.organiser.key,
        name,
        role: p.role,
        email: emailAddress(name, p.organiser.name),
        phone: fictionalPhone(random),
        validFrom: isoOf(from),
        validTo: to === null ? null : isoOf(to),
        source: 'demo',
      });
    });
  }
  return contacts;
}
