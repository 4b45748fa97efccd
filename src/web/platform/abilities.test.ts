import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/roles.ts';
import { abilitiesOf, homePath } from './abilities.ts';

const ORGANISER = '0b8f6c7e-5d3a-4c2b-9a1e-2f3d4c5b6a7e';

describe('where each role starts', () => {
  it('sends representatives to their own organiser, analysts to the figures and the rest to the list', () => {
    expect(homePath('organiser_rep', ORGANISER)).toBe(`/huvudman/${ORGANISER}`);
    expect(homePath('organiser_rep', null)).toBeNull();
    expect(homePath('analyst', null)).toBe('/statistik');
    for (const role of ['leader_skolverket', 'leader_spsm', 'coordinator', 'steward', 'admin', 'inspectorate_liaison'] as const) {
      expect(homePath(role, null)).toBe('/huvudman');
    }
  });
});

describe('what the interface offers each role', () => {
  it('offers import to administrators only and editing of organisers to administrators and coordinators', () => {
    expect(ROLES.filter((role) => abilitiesOf(role).importRegistry)).toEqual(['admin']);
    expect(ROLES.filter((role) => abilitiesOf(role).editOrganiser)).toEqual(['coordinator', 'admin']);
    expect(ROLES.filter((role) => abilitiesOf(role).editContacts)).toEqual(['coordinator', 'organiser_rep', 'admin']);
  });

  it('keeps analysts to aggregates and representatives off the lists', () => {
    expect(abilitiesOf('analyst')).toMatchObject({ registry: false, contacts: false, stats: true });
    expect(abilitiesOf('organiser_rep')).toMatchObject({ registry: false, ownOrganiserOnly: true, contacts: true, stats: false });
  });

  it('shows the inspectorate the registry but not contact persons', () => {
    expect(abilitiesOf('inspectorate_liaison')).toMatchObject({ registry: true, contacts: false, editContacts: false });
  });

  it('never offers editing contacts without showing them', () => {
    for (const role of ROLES) {
      const can = abilitiesOf(role);
      if (can.editContacts) expect(can.contacts).toBe(true);
    }
  });
});
