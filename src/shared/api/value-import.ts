/**
 * Import of indicator and conditions values: the answer of both the dry run and the real run. The
 * problems have the same shape as the registry import's, so both pages list them the same way.
 */
import { z } from 'zod';
import { SCHOOL_FORMS } from '../school-forms.ts';
import { importProblem } from './registry.ts';

export const VALUE_IMPORT_FORMATS = ['pxweb', 'kolada', 'csv'] as const;
export type ValueImportFormat = (typeof VALUE_IMPORT_FORMATS)[number];

/** The statistics database's suppression markers, kept as they are (never turned into zeros). */
export const VALUE_MARKERS = ['.', '..', '...', '-'] as const;
export type ValueMarker = (typeof VALUE_MARKERS)[number];

export const valueImportQuery = z.strictObject({
  dryRun: z.enum(['true', 'false']).default('true'),
  /** For a PxWeb answer that names no school form (neither in a dimension nor in its title). */
  schoolForm: z.enum(SCHOOL_FORMS).optional(),
});

export const valueImportResult = z.object({
  dryRun: z.boolean(),
  /** Null when the file could not be recognised as any of the formats. */
  format: z.enum(VALUE_IMPORT_FORMATS).nullable(),
  ok: z.boolean(),
  problems: z.array(importProblem),
  /** Notes that do not stop the import, e.g. how many values took n from the registry. */
  warnings: z.array(z.string()),
  summary: z.object({
    /** Values in the file that would be (or were) stored: inserted + updated + unchanged. */
    values: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    /** Values for the whole country (`00`, Kolada `0000`): computed here, never imported. */
    skippedCountry: z.number().int(),
    /** Values for single school units: not stored at this level. */
    skippedUnits: z.number().int(),
  }),
  /** The `value_imports` row of a real run that changed something; null otherwise. */
  importId: z.uuid().nullable(),
});
export type ValueImportResult = z.infer<typeof valueImportResult>;
