/** Short Swedish texts of the demo history: focus questions, purposes, notes and reasons. */
import type { DeclineReason } from '../../../../shared/dialogues.ts';
import type { Random } from '../../demo/random.ts';
import type { HistoryOrganiser } from './types.ts';

const GENERAL_QUESTIONS = [
  'Hur kan vi använda analysen av våra resultat för att prioritera rätt utvecklingsområden?',
  'Hur tydliggör vi ansvaret mellan huvudman och rektorer i det systematiska kvalitetsarbetet?',
  'Hur kan vårt kvalitetsarbete leda till förbättringar i undervisningen?',
  'Hur säkerställer vi att alla barn och elever får det stöd de behöver?',
  'Hur skapar vi en trygg miljö med studiero på alla våra enheter?',
  'Hur kan vi minska skillnaderna i kvalitet mellan våra enheter?',
];
const PRESCHOOL_QUESTIONS = [
  'Hur kan vi följa upp och analysera kvaliteten i förskolans undervisning?',
  'Hur kan vi stärka förskolans arbete med barnens språkutveckling?',
];
const UPPER_SECONDARY_QUESTION = 'Hur kan fler elever ta examen inom tre år?';
const ADAPTED_QUESTION = 'Hur utvecklar vi undervisningen i de anpassade skolformerna?';

const PURPOSES = [
  'Att få en gemensam bild av styrkor och utvecklingsområden i kvalitetsarbetet.',
  'Att ge underlag för huvudmannens prioriteringar inför nästa läsår.',
  'Att stärka dialogen mellan huvudmannen och rektorerna om resultat och analys.',
  'Att se vilket stöd från Skolverket och SPSM som kan vara till nytta.',
  'Att utveckla strukturen för uppföljning och analys.',
];

export function focusQuestion(random: Random, o: HistoryOrganiser): string {
  const options = [...(o.preschoolOnly ? PRESCHOOL_QUESTIONS : GENERAL_QUESTIONS)];
  if (o.schoolForms.includes('gymnasieskola')) options.push(UPPER_SECONDARY_QUESTION);
  if (o.schoolForms.includes('anpassad_grundskola') || o.schoolForms.includes('anpassad_gymnasieskola')) options.push(ADAPTED_QUESTION);
  return random.pick(options);
}

export const purpose = (random: Random): string => random.pick(PURPOSES);

export const DECLINE_NOTES: Record<DeclineReason, string | null> = {
  lack_of_resources: 'Huvudmannen har inte möjlighet att avsätta tid under läsåret.',
  not_interested: 'Huvudmannen ser inget behov av en kvalitetsdialog.',
  not_interested_now: 'Huvudmannen vill få en ny förfrågan längre fram.',
  no_answer: null,
  organiser_ceased: 'Verksamheten har upphört enligt huvudmannen.',
  other_intervention: 'Huvudmannen deltar redan i en annan riktad insats.',
  other: 'Huvudmannen byter ledning och vill avvakta.',
};

export const WITHDRAW_REASONS = {
  inspection: 'Skolinspektionen har planerat tillsyn hos huvudmannen; inbjudan återkallas till efter uppehållet.',
  quality_review: 'Skolinspektionen har planerat en kvalitetsgranskning hos huvudmannen; inbjudan återkallas till efter uppehållet.',
  droppedOut: 'Huvudmannen tackade ja men drog sig ur före introduktionsmötet.',
} as const;

export const HOLD_REASONS = {
  targeted: 'Huvudmannen deltar i en mer omfattande riktad insats från Skolverket.',
  inspection: 'Planerad tillsyn av Skolinspektionen, med sex månaders uppehåll efteråt.',
  quality_review: 'Planerad kvalitetsgranskning av Skolinspektionen, med sex månaders uppehåll efteråt.',
  manual: 'Huvudmannen har bett att få en ny förfrågan nästa läsår.',
} as const;

const COMMENTS = [
  'Vi vill förtydliga att arbetet med uppföljningen redan har påbörjats.',
  'Rätta gärna antalet enheter i andra stycket.',
  'Vi vill lägga till att styrelsen deltog i hela mötet.',
];
export const organiserComment = (random: Random): string => random.pick(COMMENTS);

export function notesText(options: { organiserName: string; date: string; focusQuestion: string; purpose: string }): string {
  return [
    `Minnesanteckningar från kvalitetsdialog med ${options.organiserName} den ${options.date}.`,
    `Fokusfråga: ${options.focusQuestion}`,
    `Syfte: ${options.purpose}`,
    'Huvudmannen beskrev hur det systematiska kvalitetsarbetet är organiserat och vilka resultat som följs upp.',
    'Samtalet handlade om analysen av orsaker, ansvarsfördelningen och vilka åtgärder huvudmannen överväger.',
    'Huvudmannen tar med sig frågorna till det fortsatta arbetet; återkoppling ges vid det digitala återkopplingsmötet.',
  ].join('\n\n');
}
