/**
 * Who may do what in the registry. The server's routes declare these lists as their access rules;
 * the web client reads the same lists to offer only what will work (the server decides for real).
 */
import { AGENCY_STAFF, type Role } from '../roles.ts';

/** Organiser-level registry data (representatives reach their own organiser only, through the scope). */
export const READ_ORGANISERS: readonly Role[] = [...AGENCY_STAFF, 'inspectorate_liaison', 'organiser_rep'];
/** Contact persons are personal data: agency staff and the organiser's own representatives. */
export const READ_CONTACTS: readonly Role[] = [...AGENCY_STAFF, 'organiser_rep'];
export const EDIT_ORGANISERS: readonly Role[] = ['admin', 'coordinator'];
/** A representative keeps the organiser's own contact persons up to date; agency staff may too. */
export const EDIT_CONTACTS: readonly Role[] = ['admin', 'coordinator', 'organiser_rep'];
export const IMPORT_REGISTRY: readonly Role[] = ['admin'];
export const EDIT_REFERENCE: readonly Role[] = ['admin'];
/** Aggregates with small groups suppressed: everyone inside the agencies, analysts included. */
export const READ_STATS: readonly Role[] = [...AGENCY_STAFF, 'analyst', 'inspectorate_liaison'];
