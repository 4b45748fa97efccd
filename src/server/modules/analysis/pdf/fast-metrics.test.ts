/** The faster metrics give exactly what pdfkit's own code gives, for every WinAnsi character and pair. */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { installFastMetrics } from './fast-metrics.ts';

interface FontLike {
  widthOfString(text: string, size: number): number;
  encode(text: string): [string[], object[]];
}

const FONTS = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique'];
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const CHARACTERS = [...Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)), ...WIN_ANSI_EXTRA];
const SENTENCES = [
  'Andel elever i årskurs 9 behöriga till ett nationellt program',
  'Förväntat givet förutsättningar: 78,4 % (95 % intervall 72,0–81,0 %)',
  'Vi följer regelbundet upp resultat – AVTAL, “Tåg”, Wa. Yo, 1 234 567 kr',
];

/** The fonts of a fresh document, with pdfkit's own methods kept aside before the faster ones go in. */
function fonts() {
  const doc = new PDFDocument({ autoFirstPage: false });
  const fontOf = (name: string) => (doc.font(name) as unknown as { _font: FontLike })._font;
  const proto = Object.getPrototypeOf(fontOf('Helvetica')) as FontLike;
  const original = { widthOfString: proto.widthOfString, encode: proto.encode };
  installFastMetrics(fontOf('Helvetica'));
  return { fontOf, original };
}

describe('fast metrics for the built-in fonts', () => {
  const { fontOf, original } = fonts();

  it('replaces pdfkit’s methods', () => {
    expect(Object.getPrototypeOf(fontOf('Helvetica')).widthOfString).not.toBe(original.widthOfString);
  });

  for (const name of FONTS) {
    it(`measures every character and every pair in ${name} exactly as pdfkit`, () => {
      const font = fontOf(name);
      const mismatches: string[] = [];
      for (const left of CHARACTERS) {
        for (const right of ['', ...CHARACTERS]) {
          const text = left + right;
          if (font.widthOfString(text, 10) !== original.widthOfString.call(font, text, 10)) mismatches.push(text);
        }
      }
      expect(mismatches).toEqual([]);
    });

    it(`encodes text in ${name} exactly as pdfkit, kerning included`, () => {
      const font = fontOf(name);
      for (const text of [...SENTENCES, CHARACTERS.join('')]) {
        expect(font.encode(text)).toEqual(original.encode.call(font, text));
        expect(font.widthOfString(text, 9.5)).toBe(original.widthOfString.call(font, text, 9.5));
      }
    });
  }

  it('leaves text with a character outside WinAnsi to pdfkit', () => {
    const font = fontOf('Helvetica');
    const text = 'minus − och ≥';
    expect(font.encode(text)).toEqual(original.encode.call(font, text));
    expect(font.widthOfString(text, 10)).toBe(original.widthOfString.call(font, text, 10));
  });
});
