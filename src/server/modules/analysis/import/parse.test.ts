import { describe, expect, it } from 'vitest';
import { parse } from './fixtures.ts';

describe('recognising a value file', () => {
  it('tells PxWeb, Kolada and CSV apart by content, whatever the file is called', () => {
    expect(parse('{"version":"2.0","class":"dataset","id":[],"size":[],"dimension":{}}', { filename: 'export' }).format).toBe('pxweb');
    expect(parse('[{"kpi":"N15005","municipality":"0180","period":2023,"values":[]}]', { filename: 'x.txt.json' }).format).toBe('kolada');
    expect(parse('organisationsnummer;skolform;matt;ar;varde;n\n', { filename: 'export' }).format).toBe('csv');
  });

  it('refuses other JSON, spreadsheets, empty and oversized files with a Swedish reason', () => {
    expect(parse('{"data": {"type": "organizer"}}').messages).toEqual([expect.stringMatching(/^JSON-filen känns inte igen; väntade ett json-stat2-svar/)]);
    expect(parse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), { filename: 'varden.xlsx' }).messages)
      .toEqual(['Filen är en Excel-arbetsbok; spara bladet som CSV (semikolonseparerad) och läs in den filen.']);
    expect(parse('').messages).toEqual(['Filen är tom.']);
    expect(parse('x'.repeat(2000), { maxBytes: 1000 }).messages).toEqual([expect.stringMatching(/^Filen är 0,1 MB; största tillåtna storlek är 0 MB/)]);
  });

  it('gives a json-stat2 answer without the parts it needs a clear reason', () => {
    const { messages } = parse(JSON.stringify({ id: ['variable', 'region'], size: [1, 1], dimension: {
      variable: { label: 'mått', category: { index: { a: 0 }, label: { a: 'A' } } },
      region: { label: 'region', category: { index: { x: 0 }, label: { x: 'X' } } },
    }, value: [1] }));
    expect(messages).toEqual(['Fältet "id": svaret saknar dimensionerna huvudman ("level"), tid ("time"); dimensionerna i svaret är "variable", "region".']);
  });
});
