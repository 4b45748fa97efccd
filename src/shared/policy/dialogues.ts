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

/** Cycles and rounds: coordinators plan them; the agencies' staff read them. */
export const READ_ROUNDS: readonly Role[] = ['leader_skolverket', 'leader_spsm', 'coordinator', 'admin'];
export const PLAN_ROUNDS: readonly Role[] = ['coordinator', 'admin'];
/** Holds: the inspectorate registers its planned inspections and reviews; coordinators add manual holds. */
export const READ_HOLDS: readonly Role[] = ['leader_skolverket', 'leader_spsm', 'coordinator', 'admin', 'inspectorate_liaison'];
export const MANAGE_HOLDS: readonly Role[] = ['coordinator', 'admin', 'inspectorate_liaison'];
/** The observation taxonomy: kept by the steward; the agencies read it to fill in forms. */
export const READ_TAXONOMY: readonly Role[] = ['leader_skolverket', 'leader_spsm', 'coordinator', 'steward', 'admin', 'analyst'];
export const EDIT_TAXONOMY: readonly Role[] = ['steward', 'admin'];
/** The pair's observation form and the feedback survey they send; the organiser's reported actions. */
export const FILL_OBSERVATIONS: readonly Role[] = ['leader_skolverket', 'leader_spsm', 'coordinator', 'admin'];
/** Aggregates without organiser identity, suppressed below the minimum group size. */
export const READ_DIALOGUE_AGGREGATES: readonly Role[] = ['coordinator', 'analyst', 'steward', 'admin', 'leader_skolverket', 'leader_spsm'];
/** The leader's week: what is due for the signed-in leader (coordinators see their office's). */
export const LEADER_WEEK: readonly Role[] = ['leader_skolverket', 'leader_spsm', 'coordinator'];
/** The organiser answers sent notes: comments or approves. */
export const ANSWER_NOTES: readonly Role[] = ['organiser_rep'];
/** Registered notes as a record: the agencies and the organiser the notes are about. */
export const READ_NOTES_RECORD: readonly Role[] = [...RUN_DIALOGUES, 'organiser_rep'];
/** Each agency's case number format: set by that agency's administrator. */
export const READ_CASE_NUMBER_FORMATS: readonly Role[] = ['coordinator', 'admin'];
export const SET_CASE_NUMBER_FORMAT: readonly Role[] = ['admin'];
/** Documents of a case: the pair and coordinators, and the organiser's representatives for their own case. */
export const CASE_DOCUMENTS: readonly Role[] = [...RUN_DIALOGUES, 'organiser_rep'];
/** The organiser's timeline of all state contacts: who reads dialogue cases, and Skolinspektionen's liaison (C9). */
export const READ_ORGANISER_TIMELINE: readonly Role[] = [...READ_DIALOGUES, 'inspectorate_liaison'];
