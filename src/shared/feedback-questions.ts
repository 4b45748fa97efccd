/**
 * The organiser's feedback survey after a quality dialogue: a fixed list of statements, each rated
 * 1–5 or "vet ej". Fixed on purpose: the answers are compared over years and across organisers, so
 * a question is never reworded under its key (a new wording gets a new key).
 */

export interface FeedbackQuestion {
  key: string;
  sv: string;
  en: string;
}

export const FEEDBACK_QUESTIONS: readonly FeedbackQuestion[] = [
  {
    key: 'useful-for-quality-work',
    sv: 'Kvalitetsdialogen var till nytta för vårt systematiska kvalitetsarbete.',
    en: 'The quality dialogue was useful for our systematic quality work.',
  },
  {
    key: 'analysis-basis-helped',
    sv: 'Analysunderlaget hjälpte oss att se våra styrkor och utvecklingsområden.',
    en: 'The analysis basis helped us see our strengths and areas for development.',
  },
  {
    key: 'preparation-time',
    sv: 'Vi fick tillräckligt med information och tid för att förbereda oss.',
    en: 'We had enough information and time to prepare.',
  },
  {
    key: 'relevant-to-our-situation',
    sv: 'Samtalet utgick från vår verksamhets förutsättningar och behov.',
    en: 'The conversation started from our organisation\'s conditions and needs.',
  },
  {
    key: 'agencies-together',
    sv: 'Det var en fördel att Skolverket och SPSM höll dialogen tillsammans.',
    en: 'It was an advantage that Skolverket and SPSM held the dialogue together.',
  },
  {
    key: 'clear-next-steps',
    sv: 'Efter dialogen vet vi vilka utvecklingsområden vi ska arbeta vidare med.',
    en: 'After the dialogue we know which areas for development to work on.',
  },
  {
    key: 'recommend',
    sv: 'Vi skulle rekommendera andra huvudmän att delta i en kvalitetsdialog.',
    en: 'We would recommend other organisers to take part in a quality dialogue.',
  },
];

export const FEEDBACK_QUESTION_KEYS: readonly string[] = FEEDBACK_QUESTIONS.map((q) => q.key);

/** The scale of agreement, 1 lowest. */
export const FEEDBACK_SCALE_LABELS: Record<1 | 2 | 3 | 4 | 5, { sv: string; en: string }> = {
  1: { sv: 'Instämmer inte alls', en: 'Strongly disagree' },
  2: { sv: 'Instämmer i liten grad', en: 'Disagree' },
  3: { sv: 'Instämmer delvis', en: 'Partly agree' },
  4: { sv: 'Instämmer i stor grad', en: 'Agree' },
  5: { sv: 'Instämmer helt', en: 'Strongly agree' },
};

export const FEEDBACK_DONT_KNOW = { sv: 'Vet ej', en: 'Don\'t know' } as const;
