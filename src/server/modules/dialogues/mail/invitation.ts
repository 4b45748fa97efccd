/** The invitation to a quality dialogue, sent to the organiser's contact person (Swedish). */
import { formatLongDate } from '../calendar/swedish-time.ts';
import { body, greeting, leaderLines, listInSwedish, oneLine, organisersInBrief, signature, type DialogueLeader, type MailContent } from './common.ts';

export interface DialogueInvitationInput {
  recipientName: string;
  /** One organiser, or several in a group dialogue. */
  organisers: readonly string[];
  /** The concern (koncern) of a group dialogue. */
  concernName?: string | null;
  leaders: readonly DialogueLeader[];
  /** Last day to answer, 'YYYY-MM-DD' (Swedish calendar). */
  answerBy: string;
  answerUrl: string;
}

/** What the dialogue is, in two sentences; used by the invitation and the reminder. */
export const WHAT_A_DIALOGUE_IS = [
  'I en kvalitetsdialog samtalar ni som huvudman med oss om ert systematiska kvalitetsarbete: vad som fungerar, vad ni vill utveckla och vilket stöd som finns.',
  'Vi utgår från ett analysunderlag med statistik om er verksamhet och från er egen självskattning. Dialogen är frivillig och är varken tillsyn eller granskning.',
];

export function dialogueInvitationMail(input: DialogueInvitationInput): MailContent {
  const organisers = listInSwedish(input.organisers);
  const group = input.organisers.length > 1;
  const concern = input.concernName ? ` inom ${oneLine(input.concernName)}` : '';
  const lines = [
    greeting(input.recipientName),
    '',
    group
      ? `Skolverket och Specialpedagogiska skolmyndigheten (SPSM) bjuder in ${organisers}${concern} till en gemensam kvalitetsdialog.`
      : `Skolverket och Specialpedagogiska skolmyndigheten (SPSM) bjuder in ${organisers} till en kvalitetsdialog.`,
    '',
    'Vad är en kvalitetsdialog?',
    ...WHAT_A_DIALOGUE_IS,
    '',
    'Dialogen leds av två dialogutförare, en från varje myndighet:',
    ...leaderLines(input.leaders),
    '',
    `Svara senast ${formatLongDate(input.answerBy)}`,
    `Tacka ja eller nej här: ${input.answerUrl}`,
    'Om ni tackar nej ber vi er ange skälet. Det hjälper oss att planera och utveckla arbetet.',
    '',
    'Så går det till',
    '1. Ett digitalt introduktionsmöte, ofta tillsammans med andra huvudmän.',
    '2. Ett digitalt förmöte där vi kommer överens om dialogens fokusfråga.',
    '3. Dialogen på plats hos er.',
    '4. Ett digitalt återkopplingsmöte.',
    '5. Ett uppföljningsmöte ungefär sex månader senare.',
    'När ni har tackat ja hör vi av oss med förslag på tider. Efter dialogen får ni våra minnesanteckningar att kommentera och godkänna.',
    '',
    'Har du frågor är du välkommen att kontakta någon av oss.',
    '',
    ...signature(input.leaders),
  ];
  return {
    subject: oneLine(`Inbjudan till ${group ? 'gemensam ' : ''}kvalitetsdialog – ${organisersInBrief(input.organisers)}`),
    text: body(lines),
  };
}
