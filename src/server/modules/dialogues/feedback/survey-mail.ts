/**
 * The e-mail that asks the organiser's contact persons for feedback after the feedback meeting: a
 * link to a short anonymous survey that several people at the organiser may answer. Plain Swedish.
 */
import { FEEDBACK_QUESTIONS } from '../../../../shared/feedback-questions.ts';
import { formatDate, formatLongDate } from '../calendar/swedish-time.ts';
import { body, FOOTER, greeting, leaderLines, listInSwedish, oneLine, organisersInBrief, signature, type DialogueLeader, type MailContent } from '../mail/common.ts';

export interface FeedbackSurveyMailInput {
  recipientName: string;
  organisers: readonly string[];
  /** The pair; an empty list signs with the agencies' names. */
  leaders: readonly DialogueLeader[];
  /** The day of the feedback meeting, 'YYYY-MM-DD' or an ISO timestamp; null when not known. */
  feedbackMeetingDate: string | null;
  surveyUrl: string;
  /** Last day the link works, 'YYYY-MM-DD'. */
  answerBy: string;
  /** A new link replaces an earlier one. */
  renewed: boolean;
}

const WORDS = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
/** Swedish writes small numbers in words. */
const inWords = (n: number) => WORDS[n] ?? String(n);

export function feedbackSurveyMail(input: FeedbackSurveyMailInput): MailContent {
  const organisers = listInSwedish(input.organisers);
  const meeting = input.feedbackMeetingDate ? ` den ${formatDate(input.feedbackMeetingDate)}` : '';
  const lines = [
    greeting(input.recipientName),
    '',
    input.renewed
      ? `Här är en ny länk till enkäten om kvalitetsdialogen med ${organisers}. Den tidigare länken gäller inte längre.`
      : `Tack för återkopplingsmötet${meeting}. Vi vill gärna veta vad ni tyckte om kvalitetsdialogen med ${organisers}, så att vi kan göra dialogerna bättre.`,
    '',
    `Enkäten har ${inWords(FEEDBACK_QUESTIONS.length)} påståenden och tar några minuter. Svara senast ${formatLongDate(input.answerBy)}:`,
    input.surveyUrl,
    '',
    'Bra att veta',
    '– Svaren är anonyma. Enkäten frågar inte efter namn, och ingen kan se vem som har svarat vad.',
    '– Flera personer hos er får gärna svara, till exempel i ledningsgruppen. Dela länken med dem som deltog i dialogen.',
    '– Svaren redovisas bara sammanställda för många huvudmän tillsammans, aldrig för er huvudman ensam.',
    '– Länken fungerar i mobilen. Du behöver inget konto.',
    '',
    ...(input.leaders.length > 0
      ? ['Har ni frågor om dialogen, kontakta någon av oss:', ...leaderLines(input.leaders), '', ...signature(input.leaders)]
      : ['Med vänliga hälsningar', 'Skolverket och Specialpedagogiska skolmyndigheten (SPSM)', '', ...FOOTER]),
  ];
  return {
    subject: oneLine(`${input.renewed ? 'Ny länk: ' : ''}Vad tyckte ni om kvalitetsdialogen? – ${organisersInBrief(input.organisers)}`),
    text: body(lines),
  };
}
