/**
 * The leaders send their meeting notes (minnesanteckningar) to the organiser, who comments on them
 * or approves them. Approved notes are locked and registered at both agencies as public records.
 */
import { formatDate, formatLongDate } from '../calendar/swedish-time.ts';
import { body, greeting, leaderLines, listInSwedish, oneLine, organisersInBrief, signature, type DialogueLeader, type MailContent } from './common.ts';

export interface NotesForReviewInput {
  recipientName: string;
  organisers: readonly string[];
  leaders: readonly DialogueLeader[];
  /** The day of the on-site dialogue: 'YYYY-MM-DD' or an ISO timestamp with offset. */
  dialogueDate: string;
  /** Where the notes are read, commented on and approved (signed link or sign-in). */
  reviewUrl: string;
  /** Last day to comment or approve, 'YYYY-MM-DD'. */
  reviewBy: string;
  /** The version of the notes; above 1 when the notes were revised after comments. */
  version?: number;
}

export function notesForReviewMail(input: NotesForReviewInput): MailContent {
  const organisers = listInSwedish(input.organisers);
  const revised = (input.version ?? 1) > 1;
  const dialogueDay = `den ${formatDate(input.dialogueDate)}`;
  const lines = [
    greeting(input.recipientName),
    '',
    revised
      ? `Tack för era kommentarer. Här är en ny version (version ${input.version}) av minnesanteckningarna från kvalitetsdialogen med ${organisers} ${dialogueDay}.`
      : `Tack för kvalitetsdialogen ${dialogueDay}. Nu är våra minnesanteckningar från dialogen med ${organisers} klara för er granskning.`,
    '',
    `Läs anteckningarna och svara senast ${formatLongDate(input.reviewBy)}:`,
    input.reviewUrl,
    '',
    'Så här svarar du',
    '– Stämmer anteckningarna? Godkänn dem via länken.',
    '– Är något fel eller saknas något? Skriv en kommentar via länken. Vi ändrar och skickar en ny version.',
    '',
    'Bra att veta',
    'Minnesanteckningarna blir allmänna handlingar. När ni har godkänt dem låses texten och anteckningarna registreras (diarieförs) hos både Skolverket och SPSM. Därför hålls de korta.',
    'Efter godkännandet kan texten inte ändras. Behövs en rättelse blir den en ny version som hänvisar till den gamla.',
    '',
    'Länken är personlig, så vidarebefordra inte meddelandet. Behöver ni mer tid eller har frågor, kontakta någon av oss:',
    ...leaderLines(input.leaders),
    '',
    ...signature(input.leaders),
  ];
  return {
    subject: oneLine(`${revised ? 'Ny version av minnesanteckningar' : 'Minnesanteckningar'} att granska – kvalitetsdialog med ${organisersInBrief(input.organisers)}`),
    text: body(lines),
  };
}
