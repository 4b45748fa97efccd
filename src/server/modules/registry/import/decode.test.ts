import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';

const swedish = 'Åsa Örn, Ängby skola';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(swedish))).toEqual({ text: swedish, encoding: 'utf-8' });
  });
  it('drops the UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(swedish)]);
    expect(decodeText(bytes)).toEqual({ text: swedish, encoding: 'utf-8' });
  });
  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    expect(decodeText(iconv.encode(swedish, 'win1252'))).toEqual({ text: swedish, encoding: 'windows-1252' });
  });
  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(swedish, 'utf-16le')]);
    expect(decodeText(bytes)).toEqual({ text: swedish, encoding: 'utf-16le' });
  });
});
