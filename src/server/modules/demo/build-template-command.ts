/**
 * Run by `npm ci` (the `prepare` script): loads the demo dataset into an in-memory PGlite and saves it
 * as the template a new embedded data directory starts from (see platform/db/template.ts).
 */
import { loadConfig } from '../../platform/config.ts';
import { MIGRATIONS_FOLDER, openDatabase } from '../../platform/db/open.ts';
import { writeTemplate } from '../../platform/db/template.ts';
import { seedDemo } from './seed.ts';

const config = loadConfig();
const started = Date.now();
const db = await openDatabase({ kind: 'memory' });
try {
  await seedDemo(db, { seed: config.DEMO_SEED });
  const dump = await db.dump!();
  writeTemplate(MIGRATIONS_FOLDER, config.DEMO_SEED, new Uint8Array(await dump.arrayBuffer()));
  console.log(`Built the demo database template (seed ${config.DEMO_SEED}, ${Math.round(dump.size / 1024 / 1024)} MB) in ${Date.now() - started} ms.`);
} finally {
  await db.close();
}
