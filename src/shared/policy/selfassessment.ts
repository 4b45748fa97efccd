/**
 * Self-assessments: the organiser's representatives run them for their own organiser; agency staff
 * who may read the analysis basis see a self-assessment's summary once the organiser shares it.
 */
import { AGENCY_STAFF, type Role } from '../roles.ts';

export const RUN_SELF_ASSESSMENT: readonly Role[] = ['organiser_rep'];
export const READ_SELF_ASSESSMENT: readonly Role[] = [...AGENCY_STAFF, 'organiser_rep'];
