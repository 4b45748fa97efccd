/** Who may read an organiser's analysis basis: agency staff, and the organiser's own representatives (scoped). */
import { AGENCY_STAFF, type Role } from '../roles.ts';

export const READ_ANALYSIS_BASIS: readonly Role[] = [...AGENCY_STAFF, 'organiser_rep'];
