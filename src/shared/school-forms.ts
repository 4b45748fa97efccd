/** School forms (skolformer) plus fritidshem, which is covered like one. */
export const SCHOOL_FORMS = [
  'forskola',
  'forskoleklass',
  'grundskola',
  'anpassad_grundskola',
  'specialskola',
  'sameskola',
  'gymnasieskola',
  'anpassad_gymnasieskola',
  'komvux',
  'fritidshem',
] as const;
export type SchoolForm = (typeof SCHOOL_FORMS)[number];

export const SCHOOL_FORM_LABELS: Record<SchoolForm, { sv: string; en: string }> = {
  forskola: { sv: 'Förskola', en: 'Preschool' },
  forskoleklass: { sv: 'Förskoleklass', en: 'Preschool class' },
  grundskola: { sv: 'Grundskola', en: 'Compulsory school' },
  anpassad_grundskola: { sv: 'Anpassad grundskola', en: 'Adapted compulsory school' },
  specialskola: { sv: 'Specialskola', en: 'Special school' },
  sameskola: { sv: 'Sameskola', en: 'Sami school' },
  gymnasieskola: { sv: 'Gymnasieskola', en: 'Upper secondary school' },
  anpassad_gymnasieskola: { sv: 'Anpassad gymnasieskola', en: 'Adapted upper secondary school' },
  komvux: { sv: 'Komvux', en: 'Municipal adult education' },
  fritidshem: { sv: 'Fritidshem', en: 'School-age educare' },
};

/** School type codes of Skolverket's school unit register v2 mapped to our school forms. */
export const REGISTER_SCHOOL_TYPES: Record<string, SchoolForm> = {
  FKLASS: 'forskoleklass',
  FTH: 'fritidshem',
  OPPFTH: 'fritidshem',
  GR: 'grundskola',
  GRAN: 'anpassad_grundskola',
  SP: 'specialskola',
  SAM: 'sameskola',
  GY: 'gymnasieskola',
  GYAN: 'anpassad_gymnasieskola',
  VUX: 'komvux',
};
