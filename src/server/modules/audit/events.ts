/** The typed list of audit events. A change and its audit record commit in one transaction. */
export const AUDIT_EVENTS = [
  'organiser.created',
  'organiser.updated',
  'unit.created',
  'unit.updated',
  'contact.created',
  'contact.ended',
  'contact.read',
  'municipality.office_changed',
  'import.applied',
  'session.created',
  'demo.seeded',
  'catalogue.draft_created',
  'catalogue.draft_updated',
  'catalogue.published',
  'catalogue.change_requested',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];
