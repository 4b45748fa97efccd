import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ORG_A, ORG_B, parse, plain } from './fixtures.ts';

const a = { kind: 'orgNumber', orgNumber: ORG_A };
const b = { kind: 'orgNumber', orgNumber: ORG_B };

describe('CSV values', () => {
  it('reads Swedish headers, decimal commas, school years and markers in either column', () => {
    const csv = [
      'organisationsnummer;skolform;mått;år;värde;antal;status',
      `${ORG_A.slice(0, 6)}-${ORG_A.slice(6)};Grundskola;ind.gr.meritvarde;2024;231,5;540;`,
      `${ORG_A};grundskola;ind.gr.betyg-alla-amnen;2024/25;..;7;`,
      `${ORG_B};Gymnasieskola;ind.gy.examen-3ar;2023;;12;.`,
      `${ORG_B};Förskola;Antal barn per förskollärare;2023;5.2;;`,
    ].join('\r\n');
    const parsed = parse(csv, { filename: 'varden.csv' });
    expect(parsed.problems).toEqual([]);
    expect(parsed.format).toBe('csv');
    expect(plain(parsed)).toEqual([
      { organiser: a, schoolForm: 'grundskola', measureKey: 'ind.gr.meritvarde', year: 2024, value: 231.5, status: null, n: 540 },
      { organiser: a, schoolForm: 'grundskola', measureKey: 'ind.gr.betyg-alla-amnen', year: 2024, value: null, status: '..', n: 7 },
      { organiser: b, schoolForm: 'gymnasieskola', measureKey: 'ind.gy.examen-3ar', year: 2023, value: null, status: '.', n: 12 },
      // A catalogue name works as well as its key; an empty n is left to the registry.
      { organiser: b, schoolForm: 'forskola', measureKey: 'cond.barn-per-forskollarare', year: 2023, value: 5.2, status: null, n: null },
    ]);
    expect(parsed.rows[0]!.at('value')).toMatchObject({ line: 2, field: 'värde', label: 'Rad 2, kolumn "värde"' });
  });

  it('reads English headers with commas, and a Windows-1252 file with å/ä in the headers', () => {
    const english = parse(`org_nr,school_form,measure_key,year,value,n\n${ORG_A},grundskola,cond.andel-pojkar,2022,"51,3",600\n`, { filename: 'values.csv' });
    expect(english.problems).toEqual([]);
    expect(plain(english)).toEqual([{ organiser: a, schoolForm: 'grundskola', measureKey: 'cond.andel-pojkar', year: 2022, value: 51.3, status: null, n: 600 }]);

    const latin = iconv.encode(`organisationsnummer;skolform;mått;år;värde;antal\n${ORG_B};förskola;cond.kostnad-per-barn;2024;156 205;420\n`, 'win1252');
    const read = parse(latin, { filename: 'värden.csv' });
    expect(read.problems).toEqual([]);
    expect(plain(read)).toEqual([{ organiser: b, schoolForm: 'forskola', measureKey: 'cond.kostnad-per-barn', year: 2024, value: 156_205, status: null, n: 420 }]);
  });

  it('names line and column of every bad cell, in line order', () => {
    const csv = [
      'organisationsnummer;skolform;matt;ar;varde;n;status',
      `${ORG_A};grundskola;ind.gr.meritvarde;2024;231;540;..`,
      `5566778890;grundskola;ind.gr.meritvarde;2024;231;540;`,
      `${ORG_A};lågstadiet;ind.gr.meritvarde;2024;231;540;`,
      `${ORG_A};grundskola;ind.gr.meritvarde;förra året;231;540;`,
      `${ORG_A};grundskola;ind.gr.meritvarde;2023;tvåhundra;540;`,
      `${ORG_A};grundskola;ind.gr.meritvarde;2022;;540;`,
      `${ORG_A};grundskola;ind.gr.meritvarde;2021;231;många;`,
      `${ORG_A};grundskola;ind.gr.meritvarde;2020;231;540`,
    ].join('\n');
    const parsed = parse(csv, { filename: 'varden.csv' });
    expect(parsed.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'status'], [3, 'organisationsnummer'], [4, 'skolform'], [5, 'ar'], [6, 'varde'], [7, 'varde'], [8, 'n'], [9, null],
    ]);
    expect(parsed.messages[0]).toBe('Rad 2, kolumn "status": raden har både ett värde och markeringen ".."; ange det ena.');
    expect(parsed.messages[2]).toMatch(/skolformen "lågstadiet" känns inte igen/);
    expect(parsed.rows).toEqual([]);
  });

  it('refuses a header without the required columns and names unknown ones', () => {
    const parsed = parse('organisationsnummer;skolform;varde;farg\n', { filename: 'varden.csv' });
    // Problems of the whole file come first, then those of lines in line order.
    expect(parsed.messages).toEqual([
      'Filen har en rubrikrad men inga rader med värden.',
      'Rad 1: kolumnerna "matt", "ar", "n" saknas; en fil med värden har kolumnerna organisationsnummer;skolform;matt;ar;varde;n[;status].',
      'Rad 1: okända kolumner: "farg"; tillåtna är organisationsnummer;skolform;matt;ar;varde;n[;status].',
    ]);
  });
});
