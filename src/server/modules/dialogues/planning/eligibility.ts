/**
 * Eligibility within a cycle: the active organisers, minus those under a hold, minus those already
 * offered a dialogue (or planned in a round) within the cycle; every excluded organiser with its
 * reasons in Swedish.
 *
 * Holds are checked on ONE day: the round's invitation date when a round is named (the day the
 * invitation would go out, which is what a hold protects against), otherwise the day asked for, by
 * default today kept within the cycle window. A hold that merely overlaps the cycle window does not
 * exclude: a hold ending in March leaves the organiser eligible for a round in April of the same
 * cycle. Withdrawn cases are not offers; any other case invited within the window, or belonging to
 * one of the cycle's rounds, is.
 */
import { swedishToday } from '../calendar/swedish-time.ts';
import type { EligibilityItem, EligibilityList, EligibilityQuery, Exclusion, ExclusionCode } from '../../../../shared/api/dialogue-planning.ts';
import { HOLD_KIND_LABELS } from '../../../../shared/dialogues.ts';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import { notFound, validation } from '../../../platform/errors.ts';
import { stockholmDate } from '../calendar/swedish-time.ts';
import { longDate, period } from './dates.ts';
import { holdsDuring, type HoldRow } from './hold-repository.ts';
import { findCycle, findRound, offersAround, organiserFacts, type CycleRow, type OrganiserFact } from './repository.ts';

type Offer = Awaited<ReturnType<typeof offersAround>>[number];

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** The hold as an exclusion reason: what it is and the period it keeps the organiser from invitations. */
export function holdText(hold: Pick<HoldRow, 'kind' | 'startsOn' | 'endsOn' | 'plannedOn' | 'reason'>): string {
  const label = HOLD_KIND_LABELS[hold.kind].sv;
  if (hold.plannedOn) return `${label} den ${longDate(hold.plannedOn)}; uppehåll ${period(hold.startsOn, hold.endsOn)}`;
  return `${label} ${period(hold.startsOn, hold.endsOn)}: ${hold.reason}`;
}

export const holdPeriodOf = (h: HoldRow) => ({
  id: h.id, kind: h.kind, startsOn: h.startsOn, endsOn: h.endsOn, plannedOn: h.plannedOn, source: h.source, reason: h.reason,
});

function offerReasons(cycle: CycleRow, offers: readonly Offer[]): Exclusion[] {
  const reasons: Exclusion[] = [];
  const seen = new Set<string>();
  for (const offer of offers) {
    if (seen.has(offer.dialogueId)) continue;
    seen.add(offer.dialogueId);
    const invitedOn = offer.invitedAt ? stockholmDate(offer.invitedAt) : null;
    const inRound = offer.roundCycleId === cycle.id;
    const round = inRound && offer.roundName ? { roundName: offer.roundName } : {};
    if (invitedOn && (inRound || (cycle.startsOn <= invitedOn && invitedOn <= cycle.endsOn))) {
      const where = inRound ? ` (${offer.roundName})` : '';
      reasons.push({ code: 'offered', text: `Erbjuden en dialog den ${longDate(invitedOn)}${where}.`, date: invitedOn, ...round });
    } else if (inRound && offer.invitationDate) {
      reasons.push({
        code: 'planned', text: `Planerad i ${offer.roundName} med inbjudan den ${longDate(offer.invitationDate)}.`, date: offer.invitationDate, ...round,
      });
    }
  }
  return reasons.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

/** Every reason the organiser is not eligible; empty when it is. */
export function exclusionsOf(organiser: Pick<OrganiserFact, 'status'>, cycle: CycleRow, holds: readonly HoldRow[], offers: readonly Offer[]): Exclusion[] {
  const reasons: Exclusion[] = [];
  if (organiser.status === 'ceased') reasons.push({ code: 'ceased', text: 'Huvudmannen har upphört.' });
  if (organiser.status === 'dormant') reasons.push({ code: 'dormant', text: 'Huvudmannen är vilande.' });
  for (const h of holds) reasons.push({ code: 'hold', text: `${holdText(h)}.`, hold: holdPeriodOf(h) });
  return [...reasons, ...offerReasons(cycle, offers)];
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
};

/** The organisers (all, or these) with their exclusions as of one day. */
export async function assessOrganisers(q: Queryable, cycle: CycleRow, asOf: string, ids?: readonly string[]) {
  const [facts, holds, offers] = await Promise.all([organiserFacts(q, ids), holdsDuring(q, asOf, asOf, ids), offersAround(q, cycle)]);
  const holdsOf = groupBy(holds, (h) => h.organiserId);
  const offersOf = groupBy(offers, (o) => o.organiserId);
  return facts.map((fact) => ({ fact, reasons: exclusionsOf(fact, cycle, holdsOf.get(fact.id) ?? [], offersOf.get(fact.id) ?? []) }));
}

function matcher(query: EligibilityQuery) {
  const text = query.q?.toLocaleLowerCase('sv');
  const digits = query.q?.replace(/[\s-]/g, '') ?? '';
  const numeric = /^\d+$/.test(digits);
  return (o: OrganiserFact) =>
    (!text || o.name.toLocaleLowerCase('sv').includes(text) || (numeric && o.orgNumber.startsWith(digits)))
    && (!query.office || o.officeCode === query.office)
    && (!query.county || o.countyCode === query.county)
    && (!query.kind || query.kind.includes(o.kind))
    && (!query.sizeClass || query.sizeClass.includes(o.sizeClass));
}

/** The day holds are checked on: the round's invitation date, the day asked for, or today within the window. */
async function dayOf(q: Queryable, cycle: CycleRow, query: Pick<EligibilityQuery, 'roundId' | 'asOf'>, today: string): Promise<string> {
  if (query.roundId) {
    const found = await findRound(q, query.roundId);
    if (!found || found.round.cycleId !== cycle.id) throw validation([{ path: 'roundId', field: 'roundId', message: 'Omgången finns inte i den här cykeln.' }]);
    return found.round.invitationDate;
  }
  if (query.asOf) return query.asOf;
  if (today < cycle.startsOn) return cycle.startsOn;
  return today > cycle.endsOn ? cycle.endsOn : today;
}

export async function getEligibility({ db, cycleId, query, now = new Date() }: {
  db: Database; cycleId: string; query: EligibilityQuery; now?: Date;
}): Promise<EligibilityList> {
  const { cycle, asOf, assessed } = await db.read(async (q) => {
    const found = await findCycle(q, cycleId);
    if (!found) throw notFound('Cykeln');
    const day = await dayOf(q, found.cycle, query, swedishToday(now));
    return { cycle: found.cycle, asOf: day, assessed: await assessOrganisers(q, found.cycle, day) };
  });
  const matches = matcher(query);
  const selected = assessed.filter((a) => matches(a.fact)).sort((a, b) => collator.compare(a.fact.name, b.fact.name) || a.fact.orgNumber.localeCompare(b.fact.orgNumber));
  const byReason: Partial<Record<ExclusionCode, number>> = {};
  for (const a of selected) for (const code of new Set(a.reasons.map((r) => r.code))) byReason[code] = (byReason[code] ?? 0) + 1;
  const eligible = selected.filter((a) => a.reasons.length === 0).length;
  const shown = selected.filter((a) => query.show === 'all' || (query.show === 'eligible') === (a.reasons.length === 0));
  const items: EligibilityItem[] = shown.slice(query.offset, query.offset + query.limit).map(({ fact, reasons }) => ({
    organiser: {
      id: fact.id, name: fact.name, orgNumber: fact.orgNumber, kind: fact.kind, sizeClass: fact.sizeClass,
      municipalityName: fact.municipalityName, countyCode: fact.countyCode, officeCode: fact.officeCode,
    },
    eligible: reasons.length === 0,
    reasons,
  }));
  return {
    cycleId: cycle.id, asOf,
    counts: { organisers: selected.length, eligible, excluded: selected.length - eligible, byReason },
    total: shown.length, items,
  };
}
