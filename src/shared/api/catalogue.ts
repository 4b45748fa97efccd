/**
 * The quality system catalogue (C2): national goals per school form, sub-goals in the three priority
 * areas, indicators, conditions measures and success factors with self-assessment statements. A
 * version's content is one document; elements carry stable keys so that values, analysis bases and
 * change requests can refer to them across versions.
 */
import { z } from 'zod';
import { SCHOOL_FORMS } from '../school-forms.ts';

export const PRIORITY_AREAS = ['likvardighet', 'kvalitet', 'utveckling_och_larande'] as const;
export type PriorityArea = (typeof PRIORITY_AREAS)[number];
export const PRIORITY_AREA_LABELS: Record<PriorityArea, { sv: string; en: string }> = {
  likvardighet: { sv: 'Likvärdighet', en: 'Equity' },
  kvalitet: { sv: 'Kvalitet', en: 'Quality' },
  utveckling_och_larande: { sv: 'Utveckling och lärande', en: 'Development and learning' },
};

/** Which way is better for an indicator. */
export const DIRECTIONS = ['higher_is_better', 'lower_is_better', 'neutral'] as const;
export const UNITS = ['percent', 'points', 'count', 'ratio', 'sek', 'index'] as const;
export const CONDITION_CATEGORIES = ['economy', 'staff', 'organisation', 'background'] as const;

const key = z.string().regex(/^[a-z0-9][a-z0-9_.-]{1,80}$/, 'en nyckel med små bokstäver, siffror, punkt, bindestreck eller understreck');
const text = (max: number) => z.string().trim().min(1).max(max);

export const indicatorSchema = z.strictObject({
  key,
  name: text(200),
  definition: text(2000),
  unit: z.enum(UNITS),
  direction: z.enum(DIRECTIONS),
  /** Where values come from, e.g. "Skolverkets statistikdatabas (UFA)". */
  dataSource: text(300),
  schoolForms: z.array(z.enum(SCHOOL_FORMS)).min(1),
});

export const subGoalSchema = z.strictObject({
  key,
  priorityArea: z.enum(PRIORITY_AREAS),
  text: text(1000),
  indicatorKeys: z.array(key),
});

export const nationalGoalSchema = z.strictObject({
  key,
  schoolForm: z.enum(SCHOOL_FORMS),
  text: text(1000),
  subGoals: z.array(subGoalSchema),
});

export const conditionMeasureSchema = z.strictObject({
  key,
  category: z.enum(CONDITION_CATEGORIES),
  name: text(200),
  definition: text(2000),
  unit: z.enum(UNITS),
  dataSource: text(300),
  schoolForms: z.array(z.enum(SCHOOL_FORMS)).min(1),
});

export const statementSchema = z.strictObject({ key, text: text(500) });

export const successFactorSchema = z.strictObject({
  key,
  name: text(200),
  description: text(2000),
  statements: z.array(statementSchema).min(1),
});

export const catalogueContentSchema = z.strictObject({
  goals: z.array(nationalGoalSchema),
  indicators: z.array(indicatorSchema),
  conditions: z.array(conditionMeasureSchema),
  successFactors: z.array(successFactorSchema),
});
export type CatalogueContent = z.infer<typeof catalogueContentSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type NationalGoal = z.infer<typeof nationalGoalSchema>;
export type SuccessFactor = z.infer<typeof successFactorSchema>;

export const CATALOGUE_STATUSES = ['draft', 'published'] as const;

export const catalogueVersionSummary = z.object({
  id: z.uuid(),
  label: z.string(),
  status: z.enum(CATALOGUE_STATUSES),
  basedOnId: z.uuid().nullable(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
});
export type CatalogueVersionSummary = z.infer<typeof catalogueVersionSummary>;
export const catalogueVersionList = z.object({ items: z.array(catalogueVersionSummary) });

export const catalogueVersion = catalogueVersionSummary.extend({ content: catalogueContentSchema });
export type CatalogueVersion = z.infer<typeof catalogueVersion>;

export const draftCreate = z.strictObject({ label: text(200) });
export const draftContentUpdate = z.strictObject({ label: text(200).optional(), content: catalogueContentSchema });

export const changeRequestCreate = z.strictObject({
  elementKey: key,
  text: text(4000),
  source: z.string().trim().max(200).nullable().optional(),
});
export const changeRequest = z.object({
  id: z.uuid(),
  versionId: z.uuid(),
  elementKey: z.string(),
  text: z.string(),
  source: z.string().nullable(),
  submittedByName: z.string(),
  createdAt: z.string(),
});
export type ChangeRequest = z.infer<typeof changeRequest>;
export const changeRequestList = z.object({ items: z.array(changeRequest) });
