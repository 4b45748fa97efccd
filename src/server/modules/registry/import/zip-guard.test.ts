import { describe, expect, it } from 'vitest';
import { makeZip } from './fixtures/zip.ts';
import { inspectZip, isCompoundFile } from './zip-guard.ts';

describe('inspectZip', () => {
  it('adds up the declared uncompressed sizes without inflating', () => {
    const zip = makeZip({ 'a.txt': new Uint8Array(1000), 'b/c.xml': new Uint8Array(2_000_000) });
    expect(zip.length).toBeLessThan(10_000);
    expect(inspectZip(zip)).toEqual({ kind: 'zip', entries: 2, uncompressedBytes: 2_001_000 });
  });

  it('finds the end record behind an archive comment', () => {
    const zip = makeZip({ 'a.txt': new Uint8Array(10) });
    const withComment = new Uint8Array([...zip, ...new Uint8Array(300).fill(0x20)]);
    new DataView(withComment.buffer).setUint16(zip.length - 2, 300, true);
    expect(inspectZip(withComment)).toMatchObject({ kind: 'zip', entries: 1 });
  });

  it('refuses text, truncated archives and ZIP64 markers', () => {
    expect(inspectZip(new TextEncoder().encode('a;b;c\n'))).toEqual({ kind: 'not-zip' });
    const zip = makeZip({ 'a.txt': new Uint8Array(10) });
    expect(inspectZip(zip.slice(0, zip.length - 5))).toEqual({ kind: 'not-zip' });
    const zip64 = zip.slice();
    new DataView(zip64.buffer).setUint32(zip64.length - 6, 0xffffffff, true);
    expect(inspectZip(zip64)).toEqual({ kind: 'zip64' });
  });

  it('recognises OLE compound files (.xls, encrypted workbooks)', () => {
    expect(isCompoundFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe(true);
    expect(isCompoundFile(makeZip({ a: new Uint8Array(1) }))).toBe(false);
  });
});
