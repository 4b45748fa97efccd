/** The demo personas: one signed-in user per role (two organiser representatives, to show isolation). */
import type { Agency, Role } from '../../../shared/roles.ts';

export interface PersonaSpec {
  id: string;
  name: string;
  role: Role;
  agency: Agency | null;
  officeCode: string | null;
  /** Which organiser a representative belongs to, chosen from the generated data. */
  organiser?: 'municipality' | 'small_private';
}

export const PERSONAS: PersonaSpec[] = [
  { id: 'ledare-skolverket', name: 'Karin Lindqvist', role: 'leader_skolverket', agency: 'skolverket', officeCode: 'goteborg' },
  { id: 'ledare-spsm', name: 'Johan Bergström', role: 'leader_spsm', agency: 'spsm', officeCode: 'goteborg' },
  { id: 'samordnare', name: 'Maria Ekholm', role: 'coordinator', agency: 'skolverket', officeCode: 'solna' },
  { id: 'huvudman-kommun', name: 'Lena Holmgren', role: 'organiser_rep', agency: null, officeCode: null, organiser: 'municipality' },
  { id: 'huvudman-forskola', name: 'Ahmed Nilsson', role: 'organiser_rep', agency: null, officeCode: null, organiser: 'small_private' },
  { id: 'skolinspektionen', name: 'Per Sandberg', role: 'inspectorate_liaison', agency: 'skolinspektionen', officeCode: null },
  { id: 'analytiker', name: 'Sara Wikström', role: 'analyst', agency: 'skolverket', officeCode: null },
  { id: 'forvaltare', name: 'Erik Lundgren', role: 'steward', agency: 'skolverket', officeCode: null },
  { id: 'admin', name: 'Eva Björk', role: 'admin', agency: 'skolverket', officeCode: null },
];

/** The municipality whose organiser the municipal representative speaks for. */
export const PERSONA_MUNICIPALITY = '0125';
