/**
 * Run by `npm ci` (the `prepare` script): loads the demo dataset into an in-memory PGlite and saves it
 * as the template a new embedded data directory starts from (see platform/db/template.ts).
 */
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../platform/config.ts';
import { MIGRATIONS_FOLDER, openDatabase } from '../../platform/db/open.ts';
import { writeTemplate } from '../../platform/db/template.ts';
import { withoutSpareWal } from '../../platform/db/template-wal.ts';
import { seedDemo } from './seed.ts';

const config = loadConfig();
const started = Date.now();
const db = await openDatabase({ kind: 'memory' });
try {
  await seedDemo(db, { seed: config.DEMO_SEED });
  // Written out to the data files first: otherwise every new data directory replays the seed's WAL
  // when it starts. The segments the checkpoint keeps for reuse are then left out (template-wal.ts).
  const wal = await db.read(async (q) => {
    await q.execute(sql`checkpoint`);
    const result = await q.execute(sql`select (select redo_wal_file from pg_control_checkpoint()) as first,
      pg_walfile_name(pg_current_wal_insert_lsn()) as last`);
    return (result as unknown as { rows: { first: string; last: string }[] }).rows[0]!;
  });
  const dump = await db.dump!();
  const template = await withoutSpareWal(new Uint8Array(await dump.arrayBuffer()), wal.first, wal.last);
  writeTemplate(MIGRATIONS_FOLDER, config.DEMO_SEED, template);
  console.log(`Built the demo database template (seed ${config.DEMO_SEED}, ${Math.round(template.length / 1024 / 1024)} MB) in ${Date.now() - started} ms.`);
} finally {
  await db.close();
}
