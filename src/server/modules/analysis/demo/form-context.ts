/**
 * What the value models know about one organiser's school form in one year, and the head counts that
 * turn "pupils in the form" into the number behind a value (a year-9 cohort, survey respondents,
 * teachers), so that small organisers get small n and are suppressed like in the statistics database.
 */
import type { OrganiserKind } from '../../../../shared/organiser.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';

export const BACKGROUND_KEYS = [
  'cond.foraldrars-utbildning',
  'cond.andel-nyinvandrade',
  'cond.andel-pojkar',
  'cond.andel-utlandsk-bakgrund',
] as const;
export type BackgroundKey = (typeof BACKGROUND_KEYS)[number];
export type Background = Record<BackgroundKey, number>;

/**
 * The background at which each model's intercept applies: close to the national pupil-weighted means
 * of grundskola, so that an intercept reads as "the national level".
 */
export const DEMO_BACKGROUND_REFERENCE: Background = {
  'cond.foraldrars-utbildning': 2.25,
  'cond.andel-nyinvandrade': 3.5,
  'cond.andel-pojkar': 51.5,
  'cond.andel-utlandsk-bakgrund': 22,
};
/** The year at which the intercepts apply; the yearly trend counts from here. */
export const DEMO_REFERENCE_YEAR = 2022;

export interface FormYear {
  kind: OrganiserKind;
  isMunicipal: boolean;
  schoolForm: SchoolForm;
  year: number;
  /** Children or pupils in the form this year; 0 when the organiser did not run it. */
  pupils: number;
  /** Children or pupils in each of the organiser's forms this year. */
  pupilsByForm: Partial<Record<SchoolForm, number>>;
  units: number;
  /** The background values as reported for the year (rounded like the published ones). */
  background: Background;
  /** Organiser's resource level, standard normal and independent of the background. */
  resource: number;
  /** Whether the form's units include the grade that a grade-bound indicator measures. */
  hasFinalGrade: boolean;
  hasEarlyGrade: boolean;
}

interface FormProfile {
  /** School years (or age years) the pupils are spread over: pupils / grades ≈ one cohort. */
  grades: number;
  /** Children or pupils per full-time teacher or staff member. */
  perStaff: number;
  /** Grades answering Skolenkäten (årskurs 5 and 9; gymnasieskolans årskurs 2). */
  surveyedGrades: number;
  /** Share of boys in the form's typical organiser, in percent. */
  boys: number;
}

export const FORM_PROFILES: Record<SchoolForm, FormProfile> = {
  forskola: { grades: 5, perStaff: 5.1, surveyedGrades: 0, boys: 51.5 },
  forskoleklass: { grades: 1, perStaff: 15.5, surveyedGrades: 0, boys: 51.5 },
  grundskola: { grades: 9.5, perStaff: 12.1, surveyedGrades: 2, boys: 51.5 },
  anpassad_grundskola: { grades: 9, perStaff: 3.6, surveyedGrades: 0, boys: 62 },
  specialskola: { grades: 10, perStaff: 3, surveyedGrades: 2, boys: 60 },
  sameskola: { grades: 6, perStaff: 8, surveyedGrades: 1, boys: 50 },
  gymnasieskola: { grades: 3.2, perStaff: 12.3, surveyedGrades: 1, boys: 53 },
  anpassad_gymnasieskola: { grades: 4, perStaff: 4, surveyedGrades: 0, boys: 60 },
  komvux: { grades: 1, perStaff: 25, surveyedGrades: 0, boys: 40 },
  fritidshem: { grades: 4, perStaff: 12.5, surveyedGrades: 0, boys: 51.5 },
};

/** Skolenkäten's response rate, roughly as published. */
const SURVEY_RESPONSE = 0.78;

/** Pupils in one grade of the form. */
export const cohort = (c: FormYear): number => c.pupils / FORM_PROFILES[c.schoolForm].grades;
/** Teachers or staff (full-time equivalents): what a staff share is computed over; at least one where there are pupils. */
export const staff = (c: FormYear): number => (c.pupils > 0 ? Math.max(1, c.pupils / FORM_PROFILES[c.schoolForm].perStaff) : 0);
export const respondents = (c: FormYear): number => cohort(c) * FORM_PROFILES[c.schoolForm].surveyedGrades * SURVEY_RESPONSE;
