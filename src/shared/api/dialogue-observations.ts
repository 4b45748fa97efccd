/**
 * The observation taxonomy (themes and development needs, versioned by the steward), the pair's
 * observation form per dialogue, and the analysts' summary of submitted forms as the API answers them.
 */
import { z } from 'zod';
import type { DialogueState } from '../dialogues.ts';

/** The form is filled in after the on-site dialogue: in these states and no others. */
export const OBSERVATION_STATES: readonly DialogueState[] = ['physical_held', 'feedback_held', 'follow_up_held', 'closed'];

export const OBSERVATION_LEVELS = [1, 2, 3] as const;
export type ObservationLevel = (typeof OBSERVATION_LEVELS)[number];
export const OBSERVATION_LEVEL_LABELS: Record<ObservationLevel, { sv: string; en: string }> = {
  1: { sv: 'Styrka', en: 'Strength' },
  2: { sv: 'Visst utvecklingsbehov', en: 'Some need for development' },
  3: { sv: 'Tydligt utvecklingsbehov', en: 'Clear need for development' },
};

/** Keys are lower-case words joined by hyphens: stable identities across versions. */
export const TAXONOMY_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const key = z.string().max(60, 'Nyckeln får vara högst 60 tecken.').regex(TAXONOMY_KEY, 'Nyckeln får bara innehålla a–z, 0–9 och bindestreck.');
const label = z.string().trim().min(1, 'Ange en benämning.').max(200, 'Högst 200 tecken.');

export const taxonomyNeed = z.strictObject({ key, label });
export const taxonomyTheme = z.strictObject({
  key,
  label,
  description: z.string().trim().max(1000, 'Högst 1 000 tecken.').optional(),
  needs: z.array(taxonomyNeed).max(30, 'Högst 30 utvecklingsbehov per tema.'),
});
export type TaxonomyTheme = z.infer<typeof taxonomyTheme>;

export const taxonomyThemesUpdate = z.strictObject({
  themes: z.array(taxonomyTheme).max(50, 'Högst 50 teman.'),
});

const taxonomyBase = z.object({
  id: z.uuid(),
  versionNo: z.number().int(),
  status: z.enum(['draft', 'published']),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export const taxonomySummary = taxonomyBase.extend({ themes: z.number().int(), needs: z.number().int() });
export type TaxonomySummary = z.infer<typeof taxonomySummary>;
export const taxonomyList = z.object({ items: z.array(taxonomySummary) });

const themeOut = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string().optional(),
  needs: z.array(z.object({ key: z.string(), label: z.string() })),
});
export const taxonomyDetail = taxonomyBase.extend({ themes: z.array(themeOut) });
export type TaxonomyDetail = z.infer<typeof taxonomyDetail>;

export const observationEntry = z.strictObject({
  themeKey: z.string().min(1).max(60),
  needKeys: z.array(z.string().min(1).max(60)).max(30),
  level: z.number().int('Välj en nivå 1–3.').min(1, 'Välj en nivå 1–3.').max(3, 'Välj en nivå 1–3.'),
});
export type ObservationEntryInput = z.infer<typeof observationEntry>;

export const observationFormSave = z.strictObject({
  entries: z.array(observationEntry).max(50),
  internalComment: z.string().max(5000, 'Den interna kommentaren får vara högst 5 000 tecken.').nullable().default(null),
});

/** The pair's form; `version` 0 means none is saved yet (the first save creates it with If-Match "0"). */
export const observationForm = z.object({
  dialogueId: z.uuid(),
  taxonomy: z.object({ id: z.uuid(), versionNo: z.number().int(), themes: z.array(themeOut) }),
  entries: z.array(z.object({ themeKey: z.string(), needKeys: z.array(z.string()), level: z.number().int() })),
  internalComment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  version: z.number().int(),
});
export type ObservationForm = z.infer<typeof observationForm>;

export const SUMMARY_GROUPINGS = ['none', 'sizeClass', 'kindGroup'] as const;
export type SummaryGrouping = (typeof SUMMARY_GROUPINGS)[number];
/** The groups of each grouping; `kindGroup` is public (municipality, region, state) or private. */
export const SUMMARY_GROUPS = ['all', 'small', 'medium', 'large', 'public', 'private'] as const;
export type SummaryGroup = (typeof SUMMARY_GROUPS)[number];

export const summaryQuery = z.strictObject({
  groupBy: z.enum(SUMMARY_GROUPINGS).default('none'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** A count that is null when it rests on fewer organisers than the minimum. */
const cell = z.object({ forms: z.number().int().nullable(), organisers: z.number().int().nullable(), suppressed: z.boolean() });

export const observationSummary = z.object({
  minGroupSize: z.number().int(),
  groupBy: z.enum(SUMMARY_GROUPINGS),
  groups: z.array(cell.extend({
    year: z.number().int(),
    group: z.enum(SUMMARY_GROUPS),
    themes: z.array(cell.extend({
      key: z.string(),
      label: z.string(),
      needs: z.array(cell.extend({ key: z.string(), label: z.string() })),
    })),
  })),
});
export type ObservationSummary = z.infer<typeof observationSummary>;
