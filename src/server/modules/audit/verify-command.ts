/** `npm run audit:verify`: checks the audit chain of the configured database and exits 1 when it is broken. */
import { loadConfig } from '../../platform/config.ts';
import { databaseTarget, openDatabase } from '../../platform/db/open.ts';
import { verifyAuditChain } from './verify.ts';

const config = loadConfig();
const db = await openDatabase(databaseTarget(config));
try {
  const report = await verifyAuditChain(db);
  if (report.ok) console.log(`Audit chain intact: ${report.records} records verified.`);
  else console.error(`Audit chain BROKEN at record ${report.brokenAt}: ${report.reason} (${report.records} records verified before it).`);
  process.exitCode = report.ok ? 0 : 1;
} finally {
  await db.close();
}
