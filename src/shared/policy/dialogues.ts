/**
 * Who does what with dialogue cases. Organiser representatives reach only their own organiser's
 * cases (the repository's scope) and answer the invitation; agency notes are for the agencies.
 */
import { AGENCY_STAFF, type Role } from '../roles.ts';

export const READ_DIALOGUES: readonly Role[] = [...AGENCY_STAFF, 'organiser_rep'];
/** Creating cases and setting up the pair: the coordinators (and administrators). */
export const PLAN_DIALOGUES: readonly Role[] = ['coordinator', 'admin'];
/** Running a case: the leaders and coordinators. */
export const RUN_DIALOGUES: readonly Role[] = ['leader_skolverket', 'leader_spsm', 'coordinator', 'admin'];
/** Taking a step in a case; representatives only answer (accept or decline) for their own organiser. */
export const DIALOGUE_EVENTS_ROLES: readonly Role[] = [...RUN_DIALOGUES, 'organiser_rep'];
/** An agency's internal notes: staff of that agency (the other agency sees only notes marked shared). */
export const AGENCY_NOTES: readonly Role[] = ['leader_skolverket', 'leader_spsm', 'coordinator', 'admin'];
