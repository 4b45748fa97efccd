/** Who may do what in the registry. Routes use these lists; the UI receives them as abilities. */
import { AGENCY_STAFF, type Role } from '../../../shared/roles.ts';

/** Organiser-level registry data (representatives reach their own organiser only, through the scope). */
export const READ_ORGANISERS: Role[] = [...AGENCY_STAFF, 'inspectorate_liaison', 'organiser_rep'];
/** Contact persons are personal data: agency staff and the organiser's own representatives. */
export const READ_CONTACTS: Role[] = [...AGENCY_STAFF, 'organiser_rep'];
export const EDIT_ORGANISERS: Role[] = ['admin', 'coordinator'];
/** A representative keeps the organiser's own contact persons up to date; agency staff may too. */
export const EDIT_CONTACTS: Role[] = ['admin', 'coordinator', 'organiser_rep'];
export const IMPORT_REGISTRY: Role[] = ['admin'];
export const EDIT_REFERENCE: Role[] = ['admin'];
/** Aggregates with small groups suppressed: everyone inside the agencies, analysts included. */
export const READ_STATS: Role[] = [...AGENCY_STAFF, 'analyst', 'inspectorate_liaison'];
