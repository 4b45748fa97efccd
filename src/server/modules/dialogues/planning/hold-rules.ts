/**
 * The date rules of a hold, pure and with Swedish messages naming the field. An inspection or quality
 * review names its planned day; the hold then lasts from its first day (today unless given) until
 * HOLD_GRACE_MONTHS after the planned day. Other holds name their last day and a reason. No date the
 * caller gives may lie in the past, and a hold never ends before it starts.
 */
import { HOLD_GRACE_MONTHS, INSPECTORATE_HOLD_KINDS } from '../../../../shared/api/dialogue-planning.ts';
import { HOLD_KIND_LABELS, type HoldKind } from '../../../../shared/dialogues.ts';
import type { ErrorDetail } from '../../../../shared/errors.ts';
import { normaliseOrgNumber, orgNumberProblem } from '../../../../shared/org-number.ts';
import { addMonths, longDate } from './dates.ts';

export const isInspectorateKind = (kind: HoldKind): boolean => (INSPECTORATE_HOLD_KINDS as readonly HoldKind[]).includes(kind);

/** The reason a hold of the inspectorate gets when none is given: "Planerad tillsyn (Skolinspektionen) den 1 mars 2099". */
export const defaultReason = (kind: HoldKind, plannedOn: string): string => `${HOLD_KIND_LABELS[kind].sv} den ${longDate(plannedOn)}`;

type DateField = 'plannedOn' | 'startsOn' | 'endsOn';

export interface HoldDatesInput {
  kind: HoldKind;
  plannedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  reason: string | null;
  /** The fields the caller gave now; only these are checked against today (an old hold started in the past). */
  given: ReadonlySet<DateField | 'reason'>;
  today: string;
}

export interface HoldDates {
  plannedOn: string | null;
  startsOn: string;
  endsOn: string;
}

/** The hold's dates, or the problems with them. */
export function holdDates(input: HoldDatesInput): { dates: HoldDates; problems: ErrorDetail[] } {
  const problems: ErrorDetail[] = [];
  const problem = (field: DateField | 'reason', message: string) => problems.push({ path: field, field, message });
  const { today, given } = input;
  const startsOn = input.startsOn ?? today;
  let endsOn = input.endsOn ?? startsOn;
  const inPast = (field: DateField, value: string | null, words: string) => {
    if (value && given.has(field) && value < today) problem(field, `${words} (${longDate(value)}) har redan passerat.`);
  };
  inPast('plannedOn', input.plannedOn, 'Den planerade dagen');
  inPast('startsOn', input.startsOn, 'Första dagen');

  if (isInspectorateKind(input.kind)) {
    if (given.has('endsOn')) {
      problem('endsOn', `Sista dagen räknas fram: den planerade dagen plus ${HOLD_GRACE_MONTHS} månaders karenstid. Ange inte endsOn.`);
    }
    if (!input.plannedOn) {
      problem('plannedOn', 'Ange dagen för den planerade tillsynen eller kvalitetsgranskningen.');
    } else {
      endsOn = addMonths(input.plannedOn, HOLD_GRACE_MONTHS);
      // A planned day in the past has its own message; the start is judged against a valid one.
      if (startsOn > input.plannedOn && input.plannedOn >= today) problem('startsOn', `Uppehållet ska börja senast den planerade dagen (${longDate(input.plannedOn)}).`);
    }
  } else {
    if (given.has('plannedOn')) problem('plannedOn', 'En planerad dag anges bara för tillsyn och kvalitetsgranskning.');
    if (!input.endsOn) problem('endsOn', 'Ange sista dagen för uppehållet.');
    else {
      inPast('endsOn', input.endsOn, 'Sista dagen');
      if (input.endsOn < startsOn) problem('endsOn', `Sista dagen (${longDate(input.endsOn)}) är före första dagen (${longDate(startsOn)}).`);
    }
    if (!input.reason?.trim()) problem('reason', 'Ange ett skäl till uppehållet.');
  }
  return { dates: { plannedOn: isInspectorateKind(input.kind) ? input.plannedOn : null, startsOn, endsOn }, problems };
}

/** The normalised organisation number, or the problem with it. */
export function orgNumberInput(raw: string): { value: string } | { problem: string } {
  const trouble = orgNumberProblem(raw);
  if (trouble === 'format') return { problem: 'Organisationsnumret ska ha tio siffror, t.ex. 212000-0142.' };
  if (trouble === 'group') return { problem: `Organisationsnumret ${raw.trim()} är inte giltigt (den tredje siffran ska vara minst 2).` };
  if (trouble) return { problem: `Organisationsnumret ${raw.trim()} är inte giltigt (kontrollsiffran stämmer inte).` };
  return { value: normaliseOrgNumber(raw) };
}
