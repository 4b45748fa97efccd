/** The analysis basis (analysunderlag) of one organiser, as the API answers it. */
import { z } from 'zod';
import { PRIORITY_AREAS } from './catalogue.ts';
import { SCHOOL_FORMS } from '../school-forms.ts';

/** Values behind fewer children than this are flagged as uncertain … */
export const FLAG_BELOW_N = 10;
/** … and behind fewer than this not shown at all. */
export const SUPPRESS_BELOW_N = 5;

export const yearValue = z.object({
  year: z.number().int(),
  /** Null when missing, confidential or suppressed; `status` then says why. */
  value: z.number().nullable(),
  n: z.number().int().nullable(),
  status: z.enum(['ok', 'uncertain', 'suppressed', 'missing', 'confidential']),
});
export type YearValue = z.infer<typeof yearValue>;

export const groupValue = z.object({
  value: z.number().nullable(),
  organisers: z.number().int(),
  /** True when the group has too few organisers for the value to be shown. */
  suppressed: z.boolean(),
});

export const expectedValue = z.object({
  value: z.number(),
  lower: z.number(),
  upper: z.number(),
  verdict: z.enum(['better', 'worse', 'as_expected', 'outside']).nullable(),
  predictors: z.array(z.string()),
  organisersInModel: z.number().int(),
  rSquared: z.number(),
});

export const indicatorRow = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.string(),
  dataSource: z.string(),
  trend: z.array(yearValue),
  latestYear: z.number().int(),
  national: groupValue,
  sameKindAndSize: groupValue,
  sameMunicipalityGroup: groupValue,
  expected: expectedValue.nullable(),
  /** Why no expected value is shown, in Swedish, when there is none. */
  expectedMissingReason: z.string().nullable(),
});
export type IndicatorRow = z.infer<typeof indicatorRow>;

/** Ratings 1–5 of one statement or success factor across the respondents, with "vet ej" apart. */
export const ratingSpread = z.object({
  /** Number of answers per rating 1–5 (index 0 is rating 1). */
  distribution: z.array(z.number().int()).length(5),
  dontKnow: z.number().int(),
  median: z.number().nullable(),
});
export type RatingSpread = z.infer<typeof ratingSpread>;

/** The shared summary of an organiser's self-assessment: what the analysis basis shows of it. */
export const selfAssessmentSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  sharedAt: z.string(),
  respondents: z.number().int(),
  factors: z.array(ratingSpread.extend({
    key: z.string(),
    name: z.string(),
    statements: z.array(ratingSpread.extend({ key: z.string(), text: z.string() })),
  })),
});
export type SelfAssessmentSummary = z.infer<typeof selfAssessmentSummary>;

export const analysisBasis = z.object({
  organiser: z.object({ id: z.uuid(), name: z.string(), orgNumber: z.string(), kind: z.string(), sizeClass: z.string(), municipalityGroup: z.string().nullable() }),
  catalogue: z.object({ id: z.uuid(), label: z.string() }),
  vintage: z.object({ label: z.string(), importedAt: z.string() }).nullable(),
  years: z.array(z.number().int()),
  schoolForms: z.array(z.object({
    schoolForm: z.enum(SCHOOL_FORMS),
    childrenPupils: z.number().int(),
    goals: z.array(z.object({
      key: z.string(),
      text: z.string(),
      subGoals: z.array(z.object({
        key: z.string(),
        priorityArea: z.enum(PRIORITY_AREAS),
        text: z.string(),
        indicators: z.array(indicatorRow),
      })),
    })),
    conditions: z.array(z.object({ key: z.string(), name: z.string(), unit: z.string(), category: z.string(), trend: z.array(yearValue), national: groupValue })),
    /** Plain-language statements of what is missing, e.g. no national result measures for förskola. */
    gaps: z.array(z.string()),
  })),
  /** The self-assessment the organiser chose to include; null when none is shared. */
  selfAssessment: selfAssessmentSummary.nullable(),
});
export type AnalysisBasis = z.infer<typeof analysisBasis>;
