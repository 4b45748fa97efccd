/**
 * What the interface offers each role. The server decides for real (a hidden button is a courtesy,
 * not a control); the role lists are the same ones the server's routes declare (src/shared/policy).
 */
import {
  EDIT_CONTACTS, EDIT_ORGANISERS, EDIT_REFERENCE, IMPORT_REGISTRY, READ_CONTACTS, READ_ORGANISERS, READ_STATS,
} from '../../shared/policy/registry.ts';
import { IMPORT_VALUES, READ_ANALYSIS_BASIS, RUN_BASIS_BATCH } from '../../shared/policy/analysis.ts';
import {
  EDIT_TAXONOMY, LEADER_WEEK, READ_ORGANISER_TIMELINE, MANAGE_HOLDS, PLAN_ROUNDS, READ_DIALOGUE_AGGREGATES, READ_DIALOGUES, READ_HOLDS, READ_ROUNDS, RUN_DIALOGUES,
} from '../../shared/policy/dialogues.ts';
import { MANAGE_API_KEYS } from '../../shared/policy/access.ts';
import { READ_OUTBOX } from '../../shared/policy/messaging.ts';
import { READ_SELF_ASSESSMENT } from '../../shared/policy/selfassessment.ts';
import { EDIT_CATALOGUE, READ_CATALOGUE, REQUEST_CATALOGUE_CHANGE } from '../../shared/policy/catalogue.ts';
import type { Role } from '../../shared/roles.ts';

export interface Abilities {
  /** Organiser list, organiser pages and the unit list. */
  registry: boolean;
  /** Organiser representatives reach only their own organiser's page. */
  ownOrganiserOnly: boolean;
  contacts: boolean;
  editContacts: boolean;
  editOrganiser: boolean;
  history: boolean;
  importRegistry: boolean;
  editReference: boolean;
  stats: boolean;
  catalogue: boolean;
  editCatalogue: boolean;
  requestCatalogueChange: boolean;
  analysisBasis: boolean;
  /** Building many organisers' analysis bases at once (Bygg analysunderlag). */
  runBasisBatch: boolean;
  /** Indicator and conditions values from PxWeb, Kolada or CSV. */
  importValues: boolean;
  /** Representatives run their own; staff see the shared summaries. */
  selfAssessment: boolean;
  outbox: boolean;
  /** Keys for other authorities' systems. */
  apiKeys: boolean;
  /** Dialogue cases: the agencies' list and case pages; representatives their own organiser's cases. */
  dialogues: boolean;
  runDialogues: boolean;
  leaderWeek: boolean;
  rounds: boolean;
  planRounds: boolean;
  holds: boolean;
  manageHolds: boolean;
  editTaxonomy: boolean;
  /** Figures about the dialogues without organiser identity (volumes, themes, survey results). */
  dialogueAggregates: boolean;
  /** All state contacts with one organiser, in one timeline. */
  organiserTimeline: boolean;
}

const has = (roles: readonly Role[], role: Role): boolean => roles.includes(role);

export function abilitiesOf(role: Role): Abilities {
  return {
    // The lists and pages of every organiser; representatives reach only their own organiser's page.
    registry: has(READ_ORGANISERS, role) && role !== 'organiser_rep',
    ownOrganiserOnly: role === 'organiser_rep',
    contacts: has(READ_CONTACTS, role),
    editContacts: has(EDIT_CONTACTS, role),
    editOrganiser: has(EDIT_ORGANISERS, role),
    history: has(READ_ORGANISERS, role),
    importRegistry: has(IMPORT_REGISTRY, role),
    editReference: has(EDIT_REFERENCE, role),
    stats: has(READ_STATS, role),
    catalogue: has(READ_CATALOGUE, role),
    editCatalogue: has(EDIT_CATALOGUE, role),
    requestCatalogueChange: has(REQUEST_CATALOGUE_CHANGE, role),
    analysisBasis: has(READ_ANALYSIS_BASIS, role),
    runBasisBatch: has(RUN_BASIS_BATCH, role),
    importValues: has(IMPORT_VALUES, role),
    selfAssessment: has(READ_SELF_ASSESSMENT, role),
    outbox: has(READ_OUTBOX, role),
    apiKeys: has(MANAGE_API_KEYS, role),
    dialogues: has(READ_DIALOGUES, role),
    runDialogues: has(RUN_DIALOGUES, role),
    leaderWeek: has(LEADER_WEEK, role),
    rounds: has(READ_ROUNDS, role),
    planRounds: has(PLAN_ROUNDS, role),
    holds: has(READ_HOLDS, role),
    manageHolds: has(MANAGE_HOLDS, role),
    editTaxonomy: has(EDIT_TAXONOMY, role),
    dialogueAggregates: has(READ_DIALOGUE_AGGREGATES, role),
    organiserTimeline: has(READ_ORGANISER_TIMELINE, role),
  };
}

/**
 * Where a role starts: representatives on their organiser, analysts on the figures, others on the
 * list. Null for a representative whom no organiser has been linked to yet.
 */
export function homePath(role: Role, organiserId: string | null): string | null {
  if (role === 'organiser_rep') return organiserId ? `/huvudman/${organiserId}` : null;
  if (role === 'analyst') return '/statistik';
  return '/huvudman';
}
