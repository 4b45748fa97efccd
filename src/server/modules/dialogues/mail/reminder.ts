/**
 * The reminder to answer an invitation: before the deadline it says how long is left; after it, that
 * the answer is missing and (if the caller gives one) the last day it can still be given.
 */
import { daysBetween, formatLongDate, formatShortDate, stockholmDate } from '../calendar/swedish-time.ts';
import { body, greeting, leaderLines, listInSwedish, oneLine, organisersInBrief, signature, type DialogueLeader, type MailContent } from './common.ts';
import { WHAT_A_DIALOGUE_IS } from './invitation.ts';

export interface AnswerReminderInput {
  recipientName: string;
  organisers: readonly string[];
  leaders: readonly DialogueLeader[];
  /** Last day to answer, 'YYYY-MM-DD'. */
  answerBy: string;
  answerUrl: string;
  /** When the reminder is written; decides "approaching" or "passed". */
  now: Date;
  /** After the deadline: the last day an answer is still taken, if the leaders allow more time. */
  finalAnswerBy?: string | null;
}

/** 0 → "i dag", 1 → "i morgon", 5 → "om 5 dagar". */
const whenLeft = (days: number): string => (days === 0 ? 'i dag' : days === 1 ? 'i morgon' : `om ${days} dagar`);

export function answerReminderMail(input: AnswerReminderInput): MailContent {
  const organisers = listInSwedish(input.organisers);
  const daysLeft = daysBetween(stockholmDate(input.now), input.answerBy);
  const deadline = formatLongDate(input.answerBy);
  const passed = daysLeft < 0;

  const situation = passed
    ? [
      `Sista dag att svara på inbjudan till kvalitetsdialog för ${organisers} var ${deadline}. Vi har ännu inte fått något svar från er.`,
      input.finalAnswerBy
        ? `Ni kan fortfarande svara, senast ${formatLongDate(input.finalAnswerBy)}. Har vi inte fått något svar då noterar vi att ni inte har svarat.`
        : 'Ni kan fortfarande svara. Gör det gärna så snart som möjligt.',
    ]
    : [
      `Vi har ännu inte fått ert svar på inbjudan till kvalitetsdialog för ${organisers}.`,
      `Sista dag att svara är ${deadline}, det vill säga ${whenLeft(daysLeft)}.`,
    ];

  const lines = [
    greeting(input.recipientName),
    '',
    ...situation,
    '',
    `Tacka ja eller nej här: ${input.answerUrl}`,
    'Om ni tackar nej ber vi er ange skälet.',
    '',
    'Kort om kvalitetsdialogen',
    ...WHAT_A_DIALOGUE_IS,
    '',
    'Har du frågor är du välkommen att kontakta någon av oss:',
    ...leaderLines(input.leaders),
    '',
    ...signature(input.leaders),
  ];
  return {
    subject: oneLine(passed
      ? `Påminnelse: vi saknar ert svar på inbjudan till kvalitetsdialog – ${organisersInBrief(input.organisers)}`
      : `Påminnelse: svara på inbjudan till kvalitetsdialog senast ${formatShortDate(input.answerBy)} – ${organisersInBrief(input.organisers)}`),
    text: body(lines),
  };
}
