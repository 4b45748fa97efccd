/** Generated valid CSV files, in every accepted dialect, parse without problems and give back what was written. */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ORGANISER_KIND_LABELS, ORGANISER_KINDS, ORGANISER_STATUS_LABELS, ORGANISER_STATUSES } from '../../../../shared/organiser.ts';
import { SCHOOL_FORM_LABELS, SCHOOL_FORMS } from '../../../../shared/school-forms.ts';
import { MUNICIPALITY_CODES, orgNr, parse, utf8 } from './fixtures/support.ts';
import type { ImportOrganiser, ImportUnit } from './types.ts';

const municipalities = [...MUNICIPALITY_CODES];
// Every character is in Windows-1252, and none of the non-ASCII ones can start a valid UTF-8 sequence there.
const nameChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZåäöÅÄÖé0123456789 ;,"-.&');
const name = fc.string({ unit: nameChar, minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '');
// The third digit of an organisation number is at least 2.
const orgNumber = fc.tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([lead, group, rest]) => orgNr(`${lead}${group}${String(rest).padStart(6, '0')}`));
const randomCase = (s: string) => fc.constantFrom(s, s.toUpperCase(), s.toLowerCase());

interface Dialect { separator: ';' | ','; newline: string; bom: boolean; windows1252: boolean; quoteAll: boolean }
const dialect: fc.Arbitrary<Dialect> = fc.record({
  separator: fc.constantFrom(';', ','), newline: fc.constantFrom('\n', '\r\n'), bom: fc.boolean(), windows1252: fc.boolean(), quoteAll: fc.boolean(),
});

function toCsv(rows: string[][], d: Dialect): Uint8Array {
  const field = (v: string) => (d.quoteAll || v.includes(d.separator) || v.includes('"') ? `"${v.replaceAll('"', '""')}"` : v);
  const text = rows.map((r) => r.map(field).join(d.separator)).join(d.newline) + d.newline;
  if (d.windows1252) return iconv.encode(text, 'win1252');
  return d.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]) : utf8(text);
}

const organiserRow = fc.record({
  orgNumber, name,
  kind: fc.constantFrom(...ORGANISER_KINDS),
  municipalityCode: fc.constantFrom(...municipalities),
  status: fc.constantFrom(...ORGANISER_STATUSES),
}).chain((o) => fc.record({
  organiser: fc.constant(o),
  kindText: fc.oneof(randomCase(o.kind), randomCase(ORGANISER_KIND_LABELS[o.kind].sv)),
  statusText: o.status === 'active' ? fc.constantFrom('', 'aktiv', 'Active') : randomCase(ORGANISER_STATUS_LABELS[o.status].sv),
  hyphen: fc.boolean(),
}));

describe('generated CSV files', () => {
  it('organisers: zero problems and the same values back', async () => {
    const rows = fc.uniqueArray(organiserRow, { minLength: 1, maxLength: 15, selector: (r) => r.organiser.orgNumber });
    await fc.assert(fc.asyncProperty(rows, dialect, async (items, d) => {
      const csv = [['organisationsnummer', 'namn', 'huvudmannatyp', 'kommunkod', 'status'], ...items.map((r) => [
        r.hyphen ? `${r.organiser.orgNumber.slice(0, 6)}-${r.organiser.orgNumber.slice(6)}` : r.organiser.orgNumber,
        r.organiser.name, r.kindText, r.organiser.municipalityCode, r.statusText,
      ])];
      const result = await parse(toCsv(csv, d));
      expect(result.problems).toEqual([]);
      const expected: ImportOrganiser[] = items.map((r, i) => ({ ...r.organiser, name: r.organiser.name.trim(), line: i + 2 }));
      expect(result.organisers).toEqual(expected);
    }), { numRuns: 150 });
  });

  it('units: rows merge into units with their school forms, counts and coordinates', async () => {
    const unit = fc.record({
      code: fc.integer({ min: 0, max: 99_999_999 }).map((n) => String(n).padStart(8, '0')),
      name, orgNumber,
      municipalityCode: fc.constantFrom(...municipalities),
      forms: fc.uniqueArray(fc.record({ form: fc.constantFrom(...SCHOOL_FORMS), count: fc.option(fc.integer({ min: 0, max: 200_000 })) }),
        { minLength: 1, maxLength: 4, selector: (f) => f.form }),
      position: fc.option(fc.tuple(fc.integer({ min: 5_500_000, max: 6_900_000 }), fc.integer({ min: 1_000_000, max: 2_400_000 }))),
    });
    await fc.assert(fc.asyncProperty(fc.uniqueArray(unit, { minLength: 1, maxLength: 8, selector: (u) => u.code }), dialect, async (units, d) => {
      const decimal = (n: number) => String(n / 100_000).replace('.', ',');
      const rows = units.flatMap((u) => u.forms.map((f) => [
        u.code, u.name, u.orgNumber, u.municipalityCode, SCHOOL_FORM_LABELS[f.form].sv, f.count === null ? '' : String(f.count),
        u.position ? decimal(u.position[0]) : '', u.position ? decimal(u.position[1]) : '',
      ]));
      const header = ['skolenhetskod', 'namn', 'organisationsnummer', 'kommunkod', 'skolform', 'antal', 'latitud', 'longitud'];
      const result = await parse(toCsv([header, ...rows], d), { knownOrgNumbers: units.map((u) => u.orgNumber) });
      expect(result.problems).toEqual([]);
      let line = 2;
      const expected: ImportUnit[] = units.map((u) => {
        const first = line;
        line += u.forms.length;
        return {
          code: u.code, name: u.name.trim(), orgNumber: u.orgNumber, municipalityCode: u.municipalityCode, status: 'active',
          lat: u.position ? u.position[0] / 100_000 : null, lon: u.position ? u.position[1] / 100_000 : null,
          swerefN: null, swerefE: null, line: first,
          schoolForms: u.forms.map((f) => ({ schoolForm: f.form, childrenPupils: f.count })),
        };
      });
      expect(result.units).toEqual(expected);
    }), { numRuns: 150 });
  });
});
