/** Organiser (huvudman) vocabulary shared by server and web. */
export const ORGANISER_KINDS = [
  'kommun',
  'region',
  'stat',
  'aktiebolag',
  'ekonomisk_forening',
  'ideell_forening',
  'stiftelse',
  'trossamfund',
  'ovrig',
] as const;
export type OrganiserKind = (typeof ORGANISER_KINDS)[number];

export const PUBLIC_KINDS: readonly OrganiserKind[] = ['kommun', 'region', 'stat'];
export const isPublicKind = (kind: OrganiserKind): boolean => PUBLIC_KINDS.includes(kind);

export const ORGANISER_KIND_LABELS: Record<OrganiserKind, { sv: string; en: string }> = {
  kommun: { sv: 'Kommun', en: 'Municipality' },
  region: { sv: 'Region', en: 'Region' },
  stat: { sv: 'Staten', en: 'State' },
  aktiebolag: { sv: 'Aktiebolag', en: 'Limited company' },
  ekonomisk_forening: { sv: 'Ekonomisk förening', en: 'Economic association' },
  ideell_forening: { sv: 'Ideell förening', en: 'Non-profit association' },
  stiftelse: { sv: 'Stiftelse', en: 'Foundation' },
  trossamfund: { sv: 'Trossamfund', en: 'Religious community' },
  ovrig: { sv: 'Övrig', en: 'Other' },
};

export const ORGANISER_STATUSES = ['active', 'dormant', 'ceased'] as const;
export type OrganiserStatus = (typeof ORGANISER_STATUSES)[number];
export const ORGANISER_STATUS_LABELS: Record<OrganiserStatus, { sv: string; en: string }> = {
  active: { sv: 'Aktiv', en: 'Active' },
  dormant: { sv: 'Vilande', en: 'Dormant' },
  ceased: { sv: 'Upphörd', en: 'Ceased' },
};

export const SIZE_CLASSES = ['small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
export const SIZE_CLASS_LABELS: Record<SizeClass, { sv: string; en: string }> = {
  small: { sv: 'Liten (≤ 50)', en: 'Small (≤ 50)' },
  medium: { sv: 'Mellan (51–1 000)', en: 'Medium (51–1,000)' },
  large: { sv: 'Stor (> 1 000)', en: 'Large (> 1,000)' },
};

/** Size class from the number of children and pupils: small ≤ 50, medium 51–1,000, large > 1,000. */
export function sizeClassOf(childrenAndPupils: number): SizeClass {
  if (childrenAndPupils <= 50) return 'small';
  if (childrenAndPupils <= 1000) return 'medium';
  return 'large';
}

export const UNIT_STATUSES = ['active', 'dormant', 'ceased', 'planned'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const UNIT_STATUS_LABELS: Record<UnitStatus, { sv: string; en: string }> = {
  active: { sv: 'Aktiv', en: 'Active' },
  dormant: { sv: 'Vilande', en: 'Dormant' },
  ceased: { sv: 'Upphörd', en: 'Ceased' },
  planned: { sv: 'Planerad', en: 'Planned' },
};
