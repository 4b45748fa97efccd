/**
 * What the interface offers each role. The server decides for real (a hidden button is a courtesy,
 * not a control); these rules mirror its registry policy so that people do not meet doors that will
 * not open. The web client may not import server code, hence the copy.
 */
import { AGENCY_STAFF, type Role } from '../../shared/roles.ts';

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
  stats: boolean;
}

const has = (roles: readonly Role[], role: Role): boolean => roles.includes(role);

export function abilitiesOf(role: Role): Abilities {
  const staff = has(AGENCY_STAFF, role);
  return {
    registry: staff || role === 'inspectorate_liaison',
    ownOrganiserOnly: role === 'organiser_rep',
    contacts: staff || role === 'organiser_rep',
    editContacts: has(['admin', 'coordinator', 'organiser_rep'], role),
    editOrganiser: has(['admin', 'coordinator'], role),
    history: staff || role === 'organiser_rep' || role === 'inspectorate_liaison',
    importRegistry: role === 'admin',
    stats: role !== 'organiser_rep',
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
