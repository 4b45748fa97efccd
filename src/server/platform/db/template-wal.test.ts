/** The template keeps only the write-ahead log it needs to start. */
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { withoutSpareWal } from './template-wal.ts';

async function archive(files: Record<string, string>): Promise<Uint8Array> {
  const p = pack();
  for (const [name, content] of Object.entries(files)) p.entry({ name }, content);
  p.finalize();
  return gzipSync(await buffer(p));
}

async function names(gz: Uint8Array): Promise<string[]> {
  const x = extract();
  Readable.from([gunzipSync(gz)]).pipe(x);
  const found: string[] = [];
  for await (const entry of x) { found.push(entry.header.name); entry.resume(); }
  return found;
}

describe('template WAL', () => {
  it('keeps the data files and the segments from the redo point to the insert position, and drops the rest', async () => {
    const dump = await archive({
      'base/1/1259': 'data',
      'pg_wal/00000001000000000000000E': 'old',
      'pg_wal/00000001000000000000000F': 'redo',
      'pg_wal/000000010000000000000010': 'current',
      'pg_wal/000000010000000000000011': 'spare',
      'pg_wal/archive_status/x': '',
    });
    expect(await names(await withoutSpareWal(dump, '00000001000000000000000F', '000000010000000000000010'))).toEqual([
      'base/1/1259', 'pg_wal/00000001000000000000000F', 'pg_wal/000000010000000000000010', 'pg_wal/archive_status/x',
    ]);
  });
});
