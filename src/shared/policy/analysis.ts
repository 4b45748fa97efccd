/** Who may read an organiser's analysis basis: agency staff, and the organiser's own representatives (scoped). */
import { AGENCY_STAFF, type Role } from '../roles.ts';

export const READ_ANALYSIS_BASIS: readonly Role[] = [...AGENCY_STAFF, 'organiser_rep'];
/** Loading indicator and conditions values from the statistics database, Kolada or a CSV file. */
export const IMPORT_VALUES: readonly Role[] = ['admin', 'steward'];
/** Building the analysis bases of many organisers at once, stored as documents. */
export const RUN_BASIS_BATCH: readonly Role[] = ['coordinator', 'admin', 'steward'];
