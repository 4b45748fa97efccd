/**
 * Labels and options of the planning pages in the chosen language. The server writes exclusion and
 * collision reasons in Swedish; in English they are built again from their structured parts.
 */
import type { Collision, Exclusion, Hold } from '../../../../shared/api/dialogue-planning.ts';
import { HOLD_KIND_LABELS, HOLD_KINDS, MEETING_KIND_LABELS, type HoldKind } from '../../../../shared/dialogues.ts';
import { OFFICES } from '../../../../shared/offices.ts';
import { ORGANISER_KIND_LABELS, ORGANISER_KINDS } from '../../../../shared/organiser.ts';
import type { Option } from '../../../platform/fields.tsx';
import { compareSv, formatDate } from '../../../platform/format.ts';
import type { Lang } from '../../../platform/i18n.tsx';

export const holdKindOptions = (lang: Lang, kinds: readonly HoldKind[] = HOLD_KINDS): Option<HoldKind>[] =>
  kinds.map((kind) => ({ value: kind, label: HOLD_KIND_LABELS[kind][lang] }));

export const kindOptions = (lang: Lang): Option<string>[] => ORGANISER_KINDS.map((kind) => ({ value: kind, label: ORGANISER_KIND_LABELS[kind][lang] }));

export const officeOptions = (): Option<string>[] =>
  OFFICES.map((o) => ({ value: o.code, label: o.name })).sort((a, b) => compareSv(a.label, b.label));

export const officeName = (code: string): string => OFFICES.find((o) => o.code === code)?.name ?? code;

export const periodText = (from: string, to: string, lang: Lang): string => `${formatDate(from, lang)}–${formatDate(to, lang)}`;

type HoldParts = Pick<Hold, 'kind' | 'startsOn' | 'endsOn' | 'plannedOn' | 'reason'>;

export function holdText(hold: HoldParts, lang: Lang): string {
  const label = HOLD_KIND_LABELS[hold.kind][lang];
  const period = periodText(hold.startsOn, hold.endsOn, lang);
  if (hold.plannedOn) {
    return lang === 'sv'
      ? `${label} den ${formatDate(hold.plannedOn, lang)}; uppehåll ${period}`
      : `${label} on ${formatDate(hold.plannedOn, lang)}; hold ${period}`;
  }
  return `${label} ${period}: ${hold.reason}`;
}

export function exclusionText(reason: Exclusion, lang: Lang): string {
  if (lang === 'sv') return reason.text;
  const date = reason.date ? formatDate(reason.date, lang) : '';
  switch (reason.code) {
    case 'ceased': return 'The organiser has ceased.';
    case 'dormant': return 'The organiser is dormant.';
    case 'hold': return reason.hold ? `${holdText(reason.hold, lang)}.` : reason.text;
    case 'offered': return `Offered a dialogue on ${date}${reason.roundName ? ` (${reason.roundName})` : ''}.`;
    case 'planned': return `Planned in ${reason.roundName ?? ''} with the invitation on ${date}.`;
    default: return reason.text;
  }
}

export function collisionWhat(collision: Collision, lang: Lang, texts: { atInvitation: (d: string) => string; atMeeting: (m: string, d: string) => string }): string {
  const date = formatDate(collision.date, lang);
  return collision.at === 'invitation' || !collision.meetingKind
    ? texts.atInvitation(date)
    : texts.atMeeting(MEETING_KIND_LABELS[collision.meetingKind][lang], date);
}
