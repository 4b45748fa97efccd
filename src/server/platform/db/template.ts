/**
 * The prebuilt initial database: during `npm ci` (the `prepare` script) the demo data is loaded into
 * an in-memory PGlite once and saved as a gzipped data directory. A new embedded data directory then
 * starts from it in about a second instead of migrating and seeding for ten. It is used only when it
 * was built from exactly the current migrations and the configured demo seed; otherwise the
 * ordinary path (migrate, then seed) runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const templateDir = fileURLToPath(new URL('../../../../dist/demo-db', import.meta.url));
const TEMPLATE = join(templateDir, 'template.tar.gz');
const MANIFEST = join(templateDir, 'manifest.json');

interface Manifest {
  migrations: string;
  seed: number;
}

/** A fingerprint of every migration file, so that a template never outlives a schema change. */
export function migrationsFingerprint(migrationsFolder: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    if (!name.endsWith('.sql') && !name.endsWith('.json')) continue;
    hash.update(name).update(readFileSync(join(migrationsFolder, name)));
  }
  return hash.digest('hex');
}

export function readTemplate(migrationsFolder: string, seed: number | undefined): Blob | null {
  if (seed === undefined || !existsSync(TEMPLATE) || !existsSync(MANIFEST)) return null;
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  if (manifest.seed !== seed || manifest.migrations !== migrationsFingerprint(migrationsFolder)) return null;
  return new Blob([readFileSync(TEMPLATE)]);
}

export function writeTemplate(migrationsFolder: string, seed: number, dump: Uint8Array): void {
  mkdirSync(templateDir, { recursive: true });
  writeFileSync(TEMPLATE, dump);
  writeFileSync(MANIFEST, `${JSON.stringify({ migrations: migrationsFingerprint(migrationsFolder), seed } satisfies Manifest)}\n`);
}
