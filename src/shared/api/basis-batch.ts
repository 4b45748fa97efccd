/** Request and response schemas of the analysis-basis batches and the stored documents (snapshots). */
import { z } from 'zod';
import { OFFICE_CODES } from '../offices.ts';
import { ORGANISER_KINDS, ORGANISER_STATUSES, SIZE_CLASSES } from '../organiser.ts';
import { SCHOOL_FORMS } from '../school-forms.ts';
import { organiserListQuery } from './registry.ts';

/** Which organisers a batch builds: the organiser list's filter, without paging and sorting. */
export const basisBatchFilter = organiserListQuery.omit({ sort: true, limit: true, offset: true });
export type BasisBatchFilter = z.input<typeof basisBatchFilter>;

export const basisBatchStart = z.strictObject({ filter: basisBatchFilter });

/** The filter as it was stored (answers carry it back as given). */
const storedFilter = z.object({
  q: z.string().optional(),
  kind: z.array(z.enum(ORGANISER_KINDS)).optional(),
  sizeClass: z.array(z.enum(SIZE_CLASSES)).optional(),
  schoolForm: z.array(z.enum(SCHOOL_FORMS)).optional(),
  county: z.string().optional(),
  office: z.enum(OFFICE_CODES).optional(),
  status: z.array(z.enum(ORGANISER_STATUSES)).optional(),
});

export const BASIS_BATCH_STATUSES = ['queued', 'running', 'done', 'cancelled'] as const;
export type BasisBatchStatus = (typeof BASIS_BATCH_STATUSES)[number];

export const basisBatchSummary = z.object({
  id: z.uuid(),
  status: z.enum(BASIS_BATCH_STATUSES),
  filter: storedFilter,
  total: z.number().int(),
  built: z.number().int(),
  reused: z.number().int(),
  failed: z.number().int(),
  pending: z.number().int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type BasisBatchSummary = z.infer<typeof basisBatchSummary>;

export const basisBatchDetail = basisBatchSummary.extend({
  /** The first failures in build order, each with the reason in Swedish. */
  failures: z.array(z.object({ organiserId: z.uuid(), organiserName: z.string(), message: z.string() })),
});
export type BasisBatchDetail = z.infer<typeof basisBatchDetail>;

export const basisBatchList = z.object({ items: z.array(basisBatchSummary) });
export type BasisBatchList = z.infer<typeof basisBatchList>;

export const SNAPSHOT_FORMATS = ['xlsx', 'pdf'] as const;

export const basisSnapshot = z.object({
  id: z.uuid(),
  format: z.enum(SNAPSHOT_FORMATS),
  createdAt: z.string(),
  catalogueLabel: z.string(),
  vintageLabel: z.string().nullable(),
  bytes: z.number().int(),
});
export type BasisSnapshot = z.infer<typeof basisSnapshot>;

export const basisSnapshotList = z.object({ items: z.array(basisSnapshot) });
export type BasisSnapshotList = z.infer<typeof basisSnapshotList>;

/** How many failures a batch's detail lists, and how many batches the list shows. */
export const BATCH_FAILURES_SHOWN = 50;
export const BATCHES_SHOWN = 20;
