import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { badCheckDigit, KOMMUN_EKERO, messages, ORG_A, ORG_B, parse, utf8 } from './fixtures/support.ts';

const ORGANISER_HEADER = 'organisationsnummer;namn;huvudmannatyp;kommunkod;status';
const UNIT_HEADER = 'skolenhetskod;namn;organisationsnummer;kommunkod;skolform;antal;status;latitud;longitud';

describe('CSV organisers', () => {
  it('reads a valid file with Swedish labels, our codes, hyphens and default status', async () => {
    const csv = [
      ORGANISER_HEADER,
      `${KOMMUN_EKERO};Ekerö kommun;Kommun;0125;aktiv`,
      `${ORG_A.slice(0, 6)}-${ORG_A.slice(6)};  Förskolan Äppelträdet AB ;aktiebolag;0180;`,
      `${ORG_B};"Stiftelsen Ösby; skolor";EKONOMISK FÖRENING;1280;Vilande`,
    ].join('\r\n');
    const result = await parse(csv);
    expect(result.problems).toEqual([]);
    expect(result.format).toBe('csv');
    expect(result.organisers).toEqual([
      { orgNumber: KOMMUN_EKERO, name: 'Ekerö kommun', kind: 'kommun', municipalityCode: '0125', status: 'active', line: 2 },
      { orgNumber: ORG_A, name: 'Förskolan Äppelträdet AB', kind: 'aktiebolag', municipalityCode: '0180', status: 'active', line: 3 },
      { orgNumber: ORG_B, name: 'Stiftelsen Ösby; skolor', kind: 'ekonomisk_forening', municipalityCode: '1280', status: 'dormant', line: 4 },
    ]);
  });

  it('reads comma-separated files and columns in any order, without the optional status', async () => {
    const result = await parse(`Kommunkod , NAMN,organisationsnummer,huvudmannatyp\n0125,Ekerö kommun,${KOMMUN_EKERO},kommun\n`);
    expect(result.problems).toEqual([]);
    expect(result.organisers).toMatchObject([{ orgNumber: KOMMUN_EKERO, municipalityCode: '0125', status: 'active', line: 2 }]);
  });

  it('decodes UTF-8 with a BOM and Windows-1252 to the same Swedish text', async () => {
    const csv = `${ORGANISER_HEADER}\n${ORG_A};Åsa Öberg Ägare AB;Övrig;0180;upphörd\n`;
    const withBom = await parse(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv)]));
    const latin = await parse(iconv.encode(csv, 'win1252'));
    for (const result of [withBom, latin]) {
      expect(result.problems).toEqual([]);
      expect(result.organisers).toEqual([
        { orgNumber: ORG_A, name: 'Åsa Öberg Ägare AB', kind: 'ovrig', municipalityCode: '0180', status: 'ceased', line: 2 },
      ]);
    }
  });

  it('names every problem with its line and column and keeps only clean rows', async () => {
    const csv = [
      ORGANISER_HEADER,
      `${badCheckDigit(ORG_A)};A;Kommun;0180;`,
      '12345;B;Kommun;0180;',
      '8001011234;C;Kommun;0180;',
      `${ORG_B};;Hittepå;9999;kanske`,
      `${KOMMUN_EKERO};Ekerö;Kommun;125;`,
      `${KOMMUN_EKERO};Ekerö igen;Kommun;0125;`,
      `${ORG_A};${'x'.repeat(201)};Kommun;0180;`,
    ].join('\n');
    const result = await parse(csv);
    expect(result.organisers).toEqual([]);
    expect(result.problems).toEqual([
      { line: 2, field: 'organisationsnummer', message: `Rad 2, kolumn "organisationsnummer": kontrollsiffran stämmer inte (${badCheckDigit(ORG_A)}).` },
      { line: 3, field: 'organisationsnummer', message: expect.stringContaining('ska ha tio siffror') },
      { line: 4, field: 'organisationsnummer', message: expect.stringContaining('tredje siffran') },
      { line: 5, field: 'namn', message: 'Rad 5, kolumn "namn": namn saknas.' },
      { line: 5, field: 'huvudmannatyp', message: expect.stringMatching(/^Rad 5, kolumn "huvudmannatyp": okänd huvudmannatyp "Hittepå"; tillåtna är Kommun, Region/) },
      { line: 5, field: 'kommunkod', message: 'Rad 5, kolumn "kommunkod": kommunkoden 9999 finns inte bland Sveriges kommuner.' },
      { line: 5, field: 'status', message: expect.stringContaining('okänd status "kanske"') },
      { line: 6, field: 'kommunkod', message: expect.stringContaining('menade du 0125?') },
      { line: 7, field: 'organisationsnummer', message: `Rad 7, kolumn "organisationsnummer": organisationsnumret ${KOMMUN_EKERO} finns redan på rad 6.` },
      { line: 8, field: 'namn', message: 'Rad 8, kolumn "namn": namnet har 201 tecken; högst 200 är tillåtet.' },
    ]);
    // A personal identity number is never echoed back.
    expect(JSON.stringify(result)).not.toContain('8001011234');
  });

  it('names all missing columns in one problem and stops there', async () => {
    const result = await parse(`organisationsnummer;huvudmannatyp\n${ORG_A};Kommun\n`);
    expect(result.problems).toEqual([
      { line: 1, field: null, message: 'Rad 1: kolumnerna "namn", "kommunkod" saknas.' },
    ]);
  });

  it('reports unknown extra columns instead of dropping them', async () => {
    const result = await parse(`${ORGANISER_HEADER};E-post;Telefon\n${ORG_A};A;Kommun;0180;;a@b.se;08\n`);
    expect(messages(result)).toEqual([
      expect.stringMatching(/^Rad 1: okända kolumner: "E-post", "Telefon"; tillåtna är "organisationsnummer"/),
    ]);
  });

  it('ignores an unnamed trailing column only while it is empty', async () => {
    const clean = await parse(`${ORGANISER_HEADER};\n${ORG_A};A;Kommun;0180;;\n`);
    expect(clean.problems).toEqual([]);
    const filled = await parse(`${ORGANISER_HEADER};\n${ORG_A};A;Kommun;0180;;något\n`);
    expect(messages(filled)).toEqual(['Rad 1: kolumn 6 saknar rubrik men har värden.']);
  });

  it('reports rows with the wrong number of fields and broken quoting, then reads on', async () => {
    const csv = [ORGANISER_HEADER, `${ORG_A};A;Kommun`, `${ORG_B};"B"x;Kommun;0180;`, `${KOMMUN_EKERO};"Ekerö;Kommun;0125;`, `${KOMMUN_EKERO};Ekerö;Kommun;0125;`].join('\n');
    const result = await parse(csv);
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'Rad 2: raden har 3 fält men rubrikraden har 5 (ett värde som innehåller avgränsaren ska stå inom citattecken).'],
      [3, expect.stringContaining('Rad 3: efter ett avslutande citattecken')],
      [4, 'Rad 4: citattecknet som börjar ett fält på raden avslutas aldrig.'],
    ]);
    expect(result.organisers.map((o) => o.line)).toEqual([5]);
  });

  it('stops at a header line that cannot be read', async () => {
    expect(messages(await parse(`"organisationsnummer;namn\n${ORG_A};A\n`))).toEqual([
      'Rad 1: citattecknet som börjar ett fält på raden avslutas aldrig, så rubrikraden kan inte läsas.',
    ]);
  });

  it('refuses an unrecognised header and a header without rows', async () => {
    expect(messages(await parse('foo;bar\n1;2\n'))).toEqual([expect.stringMatching(/^Rad 1: rubrikraden känns inte igen/)]);
    expect(messages(await parse(`${ORGANISER_HEADER}\n\n;;;;\n`))).toEqual(['Filen har en rubrikrad men inga rader med uppgifter.']);
  });

  it('calls a file of only whitespace empty', async () => {
    expect(messages(await parse('\uFEFF \r\n \n'))).toEqual(['Filen är tom.']);
  });
});

describe('CSV units', () => {
  it('merges the rows of a unit and reads coordinates with a decimal comma or point', async () => {
    const csv = [
      UNIT_HEADER,
      `12345678;Ängsskolan;${ORG_A};0180;Grundskola;"1 234";aktiv;"59,3293";18.0686`,
      `12345678;Ängsskolan;${ORG_A};0180;fritidshem;80;;59.3293;"18,0686"`,
      `87654321;Solen;${ORG_A};0180;Grundsärskola;;planerad;;`,
    ].join('\n');
    const result = await parse(csv, { knownOrgNumbers: [ORG_A] });
    expect(result.problems).toEqual([]);
    expect(result.units).toEqual([
      {
        code: '12345678', name: 'Ängsskolan', orgNumber: ORG_A, municipalityCode: '0180', status: 'active',
        lat: 59.3293, lon: 18.0686, swerefN: null, swerefE: null, line: 2,
        schoolForms: [{ schoolForm: 'grundskola', childrenPupils: 1234 }, { schoolForm: 'fritidshem', childrenPupils: 80 }],
      },
      {
        code: '87654321', name: 'Solen', orgNumber: ORG_A, municipalityCode: '0180', status: 'planned',
        lat: null, lon: null, swerefN: null, swerefE: null, line: 4,
        schoolForms: [{ schoolForm: 'anpassad_grundskola', childrenPupils: null }],
      },
    ]);
  });

  it('rejects a unit whose rows disagree or repeat a school form, naming both lines', async () => {
    const csv = [
      UNIT_HEADER,
      `12345678;Ängsskolan;${ORG_A};0180;Grundskola;10;;;`,
      `12345678;Ängsskolan B;${ORG_A};0181;Grundskola;12;;;`,
    ].join('\n');
    const result = await parse(csv, { knownOrgNumbers: [ORG_A] });
    expect(result.units).toEqual([]);
    expect(messages(result)).toEqual([
      'Rad 3, kolumn "namn": skolenheten 12345678 har namnet "Ängsskolan" på rad 2 men "Ängsskolan B" här; alla rader för en skolenhet ska ha samma värde i kolumnen.',
      expect.stringMatching(/^Rad 3, kolumn "kommunkod": skolenheten 12345678 har kommunkoden "0180" på rad 2 men "0181" här/),
      'Rad 3, kolumn "skolform": skolformen Grundskola för skolenheten 12345678 finns redan på rad 2.',
    ]);
  });

  it('checks codes, forms, counts, coordinates and the organiser reference', async () => {
    const csv = [
      UNIT_HEADER,
      `1234567;A;${ORG_A};0180;Grundskola;10;;;`,
      `22222222;B;${ORG_A};0180;Universitet;-3;slut;;`,
      `33333333;C;${ORG_A};0180;Gymnasieskola;200001;;95;18`,
      `44444444;D;${ORG_A};0180;Komvux;5;;59,1;`,
      `55555555;E;${ORG_B};0180;Komvux;5;;;`,
    ].join('\n');
    const result = await parse(csv, { knownOrgNumbers: [ORG_A] });
    expect(result.units).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'skolenhetskod'],
      [3, 'skolform'], [3, 'antal'], [3, 'status'],
      [4, 'antal'], [4, 'latitud'],
      [5, 'longitud'],
      [6, 'organisationsnummer'],
    ]);
    expect(messages(result)[4]).toBe('Rad 4, kolumn "antal": antalet ska vara ett heltal från 0 till 200\u00a0000 ("200001").');
    expect(messages(result)[7]).toBe(`Rad 6, kolumn "organisationsnummer": huvudmannen ${ORG_B} finns varken i filen eller i registret; lägg in huvudmannen först.`);
  });

  it('requires latitud and longitud together in the header', async () => {
    const result = await parse(`skolenhetskod;namn;organisationsnummer;kommunkod;skolform;antal;latitud\n12345678;A;${ORG_A};0180;Komvux;1;59`);
    expect(messages(result)).toEqual(['Rad 1: kolumnen "longitud" saknas.']);
  });
});
