/**
 * What the dialogue e-mails share: the rendered shape, the leader pair, lists of names, the
 * greeting and the signature. Plain text in Swedish; inputs are plain objects, never database rows.
 */
import type { DialogueAgency } from '../../../../shared/dialogues.ts';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** A rendered e-mail: the caller adds the recipient and puts it in the outbox. */
export interface MailContent {
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface DialogueLeader {
  name: string;
  email: string;
  phone?: string | null;
  agency: DialogueAgency;
}

export const AGENCY_NAMES: Record<DialogueAgency, { full: string; short: string }> = {
  skolverket: { full: 'Skolverket', short: 'Skolverket' },
  spsm: { full: 'Specialpedagogiska skolmyndigheten (SPSM)', short: 'SPSM' },
};

const conjunction = new Intl.ListFormat('sv-SE', { style: 'long', type: 'conjunction' });

/** Collapses line breaks and runs of spaces, so that a name can never break a header or a line. */
export const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** ["A", "B", "C"] → "A, B och C". */
export function listInSwedish(names: readonly string[]): string {
  const cleaned = names.map(oneLine).filter((name) => name !== '');
  if (cleaned.length === 0) throw new RangeError('a list of names needs at least one name');
  return conjunction.format(cleaned);
}

/** Organisers in a subject line, kept short: "A", "A och B", "A och ytterligare 3 huvudmän". */
export function organisersInBrief(names: readonly string[]): string {
  if (names.length <= 2) return listInSwedish(names);
  return `${listInSwedish(names.slice(0, 1))} och ytterligare ${names.length - 1} huvudmän`;
}

/** The leaders, Skolverket's first; at least one is required. */
export function orderedLeaders(leaders: readonly DialogueLeader[]): DialogueLeader[] {
  if (leaders.length === 0) throw new RangeError('a dialogue e-mail needs its leaders');
  const rank = (leader: DialogueLeader) => (leader.agency === 'skolverket' ? 0 : 1);
  return [...leaders].sort((a, b) => rank(a) - rank(b));
}

/** "– Åsa Öberg, Skolverket, asa.oberg@skolverket.se, 08-527 332 00" per leader. */
export function leaderLines(leaders: readonly DialogueLeader[]): string[] {
  return orderedLeaders(leaders).map((leader) =>
    `– ${[oneLine(leader.name), AGENCY_NAMES[leader.agency].full, leader.email, leader.phone ? oneLine(leader.phone) : ''].filter(Boolean).join(', ')}`);
}

export const greeting = (name: string): string => `Hej ${oneLine(name)}!`;

/** Where the message comes from, and that the sender address is not read. */
export const FOOTER: readonly string[] = [
  'Det här meddelandet kommer från Kvalitetsnav, Skolverkets och SPSM:s gemensamma system för kvalitetsdialoger.',
  'Svar till avsändaradressen läses inte. Skriv i stället direkt till dialogutförarna.',
];

/** Both leaders sign; a footer says where the message comes from and that replies do not arrive. */
export function signature(leaders: readonly DialogueLeader[]): string[] {
  return [
    'Med vänliga hälsningar',
    ...orderedLeaders(leaders).map((leader) => `${oneLine(leader.name)}, ${AGENCY_NAMES[leader.agency].full}`),
    '',
    ...FOOTER,
  ];
}

/** Joins the lines of a message; never more than one empty line in a row, one line break at the end. */
export const body = (lines: readonly string[]): string => `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
