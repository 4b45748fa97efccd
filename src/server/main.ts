/**
 * `npm start`: checks the configuration, opens the database (embedded PGlite by default, a PostgreSQL
 * server with DATABASE_URL), applies migrations, loads the demo data into an empty embedded database
 * and serves the API and the web client.
 */
import { ConfigError, loadConfig } from './platform/config.ts';
import { databaseTarget, openDatabase } from './platform/db/open.ts';
import { DataDirLockedError } from './platform/db/lock.ts';
import { buildApp } from './platform/http/app.ts';
import { isEmpty, seedDemo } from './modules/demo/seed.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(databaseTarget(config));
  if (db.kind === 'pglite' && (await isEmpty(db))) {
    const counts = await seedDemo(db, { seed: config.DEMO_SEED });
    console.log(`Loaded the demo dataset: ${counts.organisers} organisers, ${counts.units} school units.`);
  }
  const { app } = await buildApp({ config, db });
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
