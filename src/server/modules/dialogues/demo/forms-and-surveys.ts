/**
 * What followed the demo dialogues on paper: the pair's observation form after each on-site
 * dialogue, and the organisers' answers to the feedback survey after each feedback meeting from 2023.
 * Deterministic for a seed, like the rest of the history.
 *
 * The survey is answered as Statskontoret's survey of the organisers that took part was
 * (report-facts.md, "Survey of organisers that took part"): small organisers answered in 50 %, medium
 * in 51 % and large in 63 % of cases. Of those with an opinion, the shares who agree (4 or 5) follow
 * the published findings where a statement matches one: the dialogue was adapted to our needs (nearly
 * nine in ten small and medium organisers, two in three large), better understanding of analysing
 * causes (two thirds), developed quality work after the dialogue (just over two thirds), know what to
 * work on (just under two thirds, as "helped build structure"). The statements without a published
 * counterpart (preparation time, the two agencies together, would recommend) are set high but below
 * nine in ten; they are the demo's assumption, not a published figure.
 *
 * The observation forms give the national picture a shape to analyse: analysis and follow-up,
 * structure of the quality work and support for pupils in need are noted most often, as the
 * evaluation describes the organisers' most common development areas; each form notes two to four
 * themes, each with a level and, unless it is a strength, one or two development needs.
 */
import type { SizeClass } from '../../../../shared/organiser.ts';
import { FEEDBACK_QUESTION_KEYS } from '../../../../shared/feedback-questions.ts';
import { createRandom, type Random } from '../../demo/random.ts';
import type { ObservationEntry, ObservationTheme } from '../observations/schema.ts';
import type { DialogueHistory, HistoryDialogue } from './types.ts';

export interface DemoObservationForm {
  dialogueKey: string;
  submittedAt: string;
  entries: ObservationEntry[];
}

export interface DemoSurvey {
  dialogueKey: string;
  sentAt: string;
  expiresAt: string;
  responses: { submittedAt: string; answers: Record<string, number | null> }[];
}

export interface FormsAndSurveys {
  forms: DemoObservationForm[];
  surveys: DemoSurvey[];
}

/** Share of surveys answered, by the organiser's size (Statskontoret: 223/444, 189/373, 83/127). */
export const SURVEY_RESPONSE_RATE: Record<SizeClass, number> = { small: 223 / 444, medium: 189 / 373, large: 83 / 127 };
/** The survey went to organisers from spring 2023 on. */
const SURVEY_FROM = '2023-01-01';
const SURVEY_OPEN_DAYS = 30;
const DONT_KNOW = 0.04;

/** Of those with an opinion, the share who agree (4 or 5) with each statement, by size where the finding differs. */
export const AGREEMENT: Record<string, Record<SizeClass, number>> = {
  'useful-for-quality-work': { small: 0.68, medium: 0.68, large: 0.68 },
  'analysis-basis-helped': { small: 0.67, medium: 0.67, large: 0.67 },
  'preparation-time': { small: 0.82, medium: 0.82, large: 0.82 },
  'relevant-to-our-situation': { small: 0.88, medium: 0.88, large: 0.67 },
  'agencies-together': { small: 0.8, medium: 0.8, large: 0.8 },
  'clear-next-steps': { small: 0.64, medium: 0.64, large: 0.64 },
  recommend: { small: 0.85, medium: 0.85, large: 0.85 },
};

/** How often each theme is noted on a form (by key; themes not listed are noted rarely). */
const THEME_FREQUENCY: Record<string, number> = {
  'uppfoljning-och-analys': 0.62,
  'kvalitetsarbetets-struktur': 0.5,
  'extra-anpassningar-och-sarskilt-stod': 0.42,
  'roller-och-ansvar': 0.3,
  'kompetensforsorjning': 0.26,
  'trygghet-och-studiero': 0.22,
  'resurser-och-likvardighet': 0.18,
  'skolformsspecifika-fragor': 0.16,
};
const OTHER_THEME_FREQUENCY = 0.1;
/** Strength, some need, clear need. */
const LEVEL_WEIGHTS = [0.22, 0.46, 0.32];

const DAY_MS = 86_400_000;
const later = (iso: string, days: number, minutes = 0) => new Date(Date.parse(iso) + days * DAY_MS + minutes * 60_000).toISOString();
const eventAt = (d: HistoryDialogue, event: string) => d.transitions.find((t) => t.event === event)?.at ?? null;

function formEntries(random: Random, themes: readonly ObservationTheme[]): ObservationEntry[] {
  let chosen = themes.filter((theme) => random.chance(THEME_FREQUENCY[theme.key] ?? OTHER_THEME_FREQUENCY));
  if (chosen.length < 2) chosen = [...chosen, ...random.shuffle(themes.filter((t) => !chosen.includes(t)))].slice(0, 2);
  if (chosen.length > 4) chosen = random.shuffle(chosen).slice(0, 4).sort((a, b) => themes.indexOf(a) - themes.indexOf(b));
  return chosen.map((theme) => {
    const level = (random.weightedIndex(LEVEL_WEIGHTS) + 1) as 1 | 2 | 3;
    const needKeys = level === 1 ? [] : random.shuffle(theme.needs).slice(0, random.int(1, 2)).map((n) => n.key);
    return { themeKey: theme.key, needKeys, level };
  });
}

function rating(random: Random, agree: number): number | null {
  if (random.chance(DONT_KNOW)) return null;
  if (random.chance(agree)) return random.chance(0.45) ? 5 : 4;
  return [1, 2, 3][random.weightedIndex([0.1, 0.3, 0.6])]!;
}

export function generateFormsAndSurveys(history: DialogueHistory, themes: readonly ObservationTheme[]): FormsAndSurveys {
  const root = createRandom(history.seed).fork('dialogue-forms-and-surveys');
  const sizeOf = new Map(history.organisers.map((o) => [o.key, o.sizeClass]));
  const now = `${history.today}T00:00:00.000Z`;
  const forms: DemoObservationForm[] = [];
  const sent: (DemoSurvey & { size: SizeClass; answeredAt: string; answers: Record<string, number | null> })[] = [];
  for (const d of history.dialogues) {
    const random = root.fork(d.key);
    const onSite = eventAt(d, 'hold_physical');
    if (onSite) {
      const submittedAt = later(onSite, random.int(1, 5), random.int(0, 240));
      if (submittedAt < now) forms.push({ dialogueKey: d.key, submittedAt, entries: formEntries(random, themes) });
    }
    const feedback = eventAt(d, 'hold_feedback');
    if (feedback && feedback >= SURVEY_FROM) {
      const size = sizeOf.get(d.organiserKey) ?? 'small';
      const sentAt = later(feedback, 0, 30);
      sent.push({
        dialogueKey: d.key, sentAt, expiresAt: later(sentAt, SURVEY_OPEN_DAYS), responses: [], size,
        answeredAt: later(sentAt, random.int(0, SURVEY_OPEN_DAYS - 2), random.int(60, 600)),
        answers: Object.fromEntries(FEEDBACK_QUESTION_KEYS.map((key) => [key, rating(random, AGREEMENT[key]?.[size] ?? 0.8)])),
      });
    }
  }
  // The published response rate of each size, exactly: that many of the surveys whose time is over, drawn at random.
  const answering = root.fork('answering');
  for (const size of Object.keys(SURVEY_RESPONSE_RATE) as SizeClass[]) {
    const closed = sent.filter((s) => s.size === size && s.expiresAt < now);
    const answered = answering.shuffle(closed).slice(0, Math.round(closed.length * SURVEY_RESPONSE_RATE[size]));
    for (const s of answered) s.responses.push({ submittedAt: s.answeredAt, answers: s.answers });
  }
  const surveys = sent.map(({ dialogueKey, sentAt, expiresAt, responses }) => ({ dialogueKey, sentAt, expiresAt, responses }));
  return { forms, surveys };
}
