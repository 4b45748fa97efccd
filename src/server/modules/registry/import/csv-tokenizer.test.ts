import { describe, expect, it } from 'vitest';
import { detectSeparator, tokenizeCsv } from './csv-tokenizer.ts';

describe('detectSeparator', () => {
  it('picks the separator that occurs more often in the header line', () => {
    expect(detectSeparator('a;b;c\n1,2;3,4;5')).toBe(';');
    expect(detectSeparator('a,b,c\n1;2;3;4;5;6')).toBe(',');
  });
  it('ignores separators inside quotes and defaults to semicolon', () => {
    expect(detectSeparator('"a,b,c";d\n')).toBe(';');
    expect(detectSeparator('namn\n')).toBe(';');
  });
});

describe('tokenizeCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, keeping start lines', () => {
    const text = 'a;b\r\n"x;y";"sa ""hej"""\r\n"två\r\nrader";z\r\n\r\nsist;"e"';
    expect(tokenizeCsv(text, ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x;y', 'sa "hej"'] },
      { line: 3, fields: ['två\r\nrader', 'z'] },
      { line: 6, fields: ['sist', 'e'] },
    ]);
  });

  it('keeps empty fields and a trailing separator', () => {
    expect(tokenizeCsv('a,,c,\n', ',')).toEqual([{ line: 1, fields: ['a', '', 'c', ''] }]);
  });

  it('reports a character after a closing quote and carries on with the next line', () => {
    const records = tokenizeCsv('a;b\n"x"y;2\n3;4\n', ';');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: expect.stringContaining('efter ett avslutande citattecken') },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('reports an unclosed quote on its own line and still reads the lines after it', () => {
    const records = tokenizeCsv('a;b\n"öppen;2\n3;4\n5;6', ';');
    expect(records[1]).toEqual({ line: 2, error: expect.stringContaining('avslutas aldrig') });
    expect(records.slice(2)).toEqual([{ line: 3, fields: ['3', '4'] }, { line: 4, fields: ['5', '6'] }]);
  });

  it('treats a lone carriage return as a line break', () => {
    expect(tokenizeCsv('a;b\r1;2\r', ';')).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }]);
  });
});
