import { describe, expect, it } from 'vitest';
import { documentType } from './document-types.ts';

const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, ...new Array(60).fill(0)]);

describe('document types', () => {
  it('accepts a PDF, a PNG and a UTF-8 text file by their content', async () => {
    expect(await documentType(pdf, 'Dagordning.pdf')).toMatchObject({ type: { mime: 'application/pdf' } });
    expect(await documentType(png, 'bild.png')).toMatchObject({ type: { mime: 'image/png' } });
    expect(await documentType(new TextEncoder().encode('Frågor inför förmötet\n'), 'frågor.txt')).toMatchObject({ type: { mime: 'text/plain' } });
  });

  it('refuses a program renamed to .pdf, and a PDF with the wrong name, saying why', async () => {
    const renamed = await documentType(exe, 'rapport.pdf');
    expect(renamed).toMatchObject({ problem: expect.stringMatching(/"rapport.pdf" är av typen exe.*Tillåtna filtyper: PDF/) });
    expect(await documentType(pdf, 'rapport.docx')).toMatchObject({ problem: expect.stringMatching(/är en PDF men namnet slutar inte på .pdf/) });
    expect(await documentType(Uint8Array.from([0, 1, 2, 3]), 'data.txt')).toMatchObject({ problem: expect.stringMatching(/inte går att känna igen/) });
  });
});
