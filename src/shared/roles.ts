/** Roles of section 2 of the product specification. */
export const ROLES = [
  'leader_skolverket',
  'leader_spsm',
  'coordinator',
  'organiser_rep',
  'inspectorate_liaison',
  'analyst',
  'steward',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const AGENCIES = ['skolverket', 'spsm', 'skolinspektionen'] as const;
export type Agency = (typeof AGENCIES)[number];

export const ROLE_LABELS: Record<Role, { sv: string; en: string }> = {
  leader_skolverket: { sv: 'Dialogutförare, Skolverket', en: 'Dialogue leader, Skolverket' },
  leader_spsm: { sv: 'Dialogutförare, SPSM', en: 'Dialogue leader, SPSM' },
  coordinator: { sv: 'Samordnare', en: 'Coordinator' },
  organiser_rep: { sv: 'Huvudmannens företrädare', en: 'Organiser representative' },
  inspectorate_liaison: { sv: 'Kontaktperson, Skolinspektionen', en: 'Inspectorate liaison' },
  analyst: { sv: 'Analytiker', en: 'Analyst' },
  steward: { sv: 'Förvaltare av kvalitetssystemet', en: 'Quality-system steward' },
  admin: { sv: 'Administratör', en: 'Administrator' },
};

/** Roles that work inside an agency and may see organiser-level registry data. */
export const AGENCY_STAFF: readonly Role[] = ['leader_skolverket', 'leader_spsm', 'coordinator', 'steward', 'admin'];
