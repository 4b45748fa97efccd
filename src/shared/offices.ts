/** The six offices; every municipality belongs to one office's area. */
export const OFFICES = [
  { code: 'solna', name: 'Solna', municipalityCode: '0184', headOffice: true },
  { code: 'goteborg', name: 'Göteborg', municipalityCode: '1480', headOffice: false },
  { code: 'harnosand', name: 'Härnösand', municipalityCode: '2280', headOffice: false },
  { code: 'lulea', name: 'Luleå', municipalityCode: '2580', headOffice: false },
  { code: 'malmo', name: 'Malmö', municipalityCode: '1280', headOffice: false },
  { code: 'orebro', name: 'Örebro', municipalityCode: '1880', headOffice: false },
] as const;
export type OfficeCode = (typeof OFFICES)[number]['code'];
export const OFFICE_CODES = OFFICES.map((o) => o.code) as unknown as readonly [OfficeCode, ...OfficeCode[]];
