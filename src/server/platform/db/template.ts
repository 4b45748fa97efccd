/**
 * The prebuilt initial database: during `npm ci` (the `prepare` script) the demo data is loaded into
 * an in-memory PGlite once and saved as a gzipped data directory. A new embedded data directory then
 * starts from it in about a second instead of migrating and seeding for ten. It is used only when it
 * was built from exactly the current migrations, demo generators and configured demo seed; otherwise the
 * ordinary path (migrate, then seed) runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const templateDir = fileURLToPath(new URL('../../../../dist/demo-db', import.meta.url));
const TEMPLATE = join(templateDir, 'template.tar.gz');
const MANIFEST = join(templateDir, 'manifest.json');
const modulesDir = fileURLToPath(new URL('../../modules', import.meta.url));

interface Manifest {
  migrations: string;
  /** The demo generators' sources: a changed generator must not be served by an old template. */
  demo: string;
  seed: number;
}

/** A fingerprint of the demo generators (`modules/demo` and every module's own `demo` folder). */
export function demoFingerprint(): string {
  const hash = createHash('sha256');
  const files = readdirSync(modulesDir, { recursive: true }).map(String)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name.split(/[\\/]/).some((part, i) => part === 'demo' && i < name.split(/[\\/]/).length - 1))
    .sort();
  for (const name of files) hash.update(name).update(readFileSync(join(modulesDir, name)));
  return hash.digest('hex');
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
  if (manifest.seed !== seed || manifest.migrations !== migrationsFingerprint(migrationsFolder) || manifest.demo !== demoFingerprint()) return null;
  return new Blob([readFileSync(TEMPLATE)]);
}

export function writeTemplate(migrationsFolder: string, seed: number, dump: Uint8Array): void {
  mkdirSync(templateDir, { recursive: true });
  writeFileSync(TEMPLATE, dump);
  writeFileSync(MANIFEST, `${JSON.stringify({ migrations: migrationsFingerprint(migrationsFolder), demo: demoFingerprint(), seed } satisfies Manifest)}\n`);
}
