import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.ts';
import { KOMMUN_EKERO, messages, parse, registerSample, utf8 } from './fixtures/support.ts';
import { makeZip } from './fixtures/zip.ts';

const MB = 2 ** 20;

describe('parseRegistryImport, whole-file checks', () => {
  it('refuses an empty file', async () => {
    for (const filename of ['tom.csv', 'tom.xlsx', 'tom.json', 'tom']) {
      expect(await parse(new Uint8Array(0), { filename })).toMatchObject({
        organisers: [], units: [], problems: [{ line: null, field: null, message: 'Filen är tom.' }],
      });
    }
    expect(messages(await parse('  \n', { filename: 'tom.json' }))).toEqual(['Filen är tom.']);
  });

  it('refuses a file over the limit, naming both sizes in Swedish megabytes, before reading it', async () => {
    const result = await parse(new Uint8Array(12.5 * MB), { maxBytes: 10 * MB });
    expect(result.problems).toEqual([{ line: null, field: null, message: 'Filen är 12,5 MB; största tillåtna storlek är 10 MB.' }]);
    const justOver = await parse(new Uint8Array(10 * MB + 1), { maxBytes: 10 * MB });
    expect(messages(justOver)).toEqual(['Filen är 10,1 MB; största tillåtna storlek är 10 MB.']);
    const exactly = await parse(new Uint8Array(MB).fill(0x41), { maxBytes: MB });
    expect(messages(exactly).some((m) => m.includes('största tillåtna'))).toBe(false);
  });
});

describe('detectFormat', () => {
  it('goes by the extension', () => {
    expect(detectFormat(utf8('a;b'), 'Huvudmän.CSV')).toBe('csv');
    expect(detectFormat(utf8('{}'), 'svar.json')).toBe('register-v2');
    expect(detectFormat(utf8('x'), 'bok.xlsx')).toBe('xlsx');
  });

  it('trusts binary signatures over the extension and sniffs text when the extension says nothing', () => {
    expect(detectFormat(makeZip({ a: new Uint8Array(1) }), 'export.csv')).toBe('xlsx');
    expect(detectFormat(utf8('\uFEFF\n  [{"data": {}}]'), 'download')).toBe('register-v2');
    expect(detectFormat(utf8('organisationsnummer;namn'), 'fil.dat')).toBe('csv');
  });

  it('parses a register answer saved without an extension', async () => {
    const result = await parse(registerSample('organizers_ORGNR'), { filename: 'organizers' });
    expect(result.format).toBe('register-v2');
    expect(result.organisers.map((o) => o.orgNumber)).toEqual([KOMMUN_EKERO]);
  });
});
