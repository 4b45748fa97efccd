/**
 * Drops the write-ahead log segments a template does not need. After its checkpoint PostgreSQL keeps
 * the old segments for reuse (hundreds of MB after the demo seed), and every new data directory
 * would unpack them at start. Only the segments from the checkpoint's redo point to the current
 * insert position are needed to start; the rest are left out of the archive.
 */
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createGunzip, createGzip } from 'node:zlib';
import { extract, pack } from 'tar-stream';

const SEGMENT = /(?:^|\/)pg_wal\/([0-9A-F]{24})$/;

/** Whether a WAL segment file name lies in [first, last] (names of one timeline sort as their order). */
export const segmentNeeded = (name: string, first: string, last: string): boolean => name >= first && name <= last;

export async function withoutSpareWal(dump: Uint8Array, first: string, last: string): Promise<Uint8Array> {
  const input = extract();
  const output = pack();
  const gzipped = buffer(output.pipe(createGzip({ level: 6 })));
  Readable.from([dump]).pipe(createGunzip()).pipe(input);
  for await (const entry of input) {
    const segment = SEGMENT.exec(entry.header.name)?.[1];
    if (segment && !segmentNeeded(segment, first, last)) {
      entry.resume();
      continue;
    }
    const body = await buffer(entry);
    await new Promise<void>((resolve, reject) => output.entry({ ...entry.header, size: body.length }, body, (error) => (error ? reject(error) : resolve())));
  }
  output.finalize();
  return new Uint8Array(await gzipped);
}
