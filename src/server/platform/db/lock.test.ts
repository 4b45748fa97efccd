import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './lock.ts';
import { openDatabase } from './open.ts';

describe('data directory lock', () => {
  it('refuses a second holder while the first runs, and frees on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kn-lock-'));
    const release = acquireDataDirLock(dir);
    // Another live process holds it: simulate with our parent's pid.
    release();
    writeFileSync(join(dir, 'kvalitetsnav.lock'), String(process.ppid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kn-lock-'));
    writeFileSync(join(dir, 'kvalitetsnav.lock'), '999999999');
    const release = acquireDataDirLock(dir);
    release();
  });

  it('refuses a second embedded database on the same directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kn-pglite-'));
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    writeFileSync(join(dir, 'kvalitetsnav.lock'), String(process.ppid)); // as if held by another live process
    await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(/in use by process/);
    await first.close();
  });
});
