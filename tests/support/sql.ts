/** Raw SQL rows for assertions in tests (PGlite and pg answer with the same `rows`). */
import type { SQL } from 'drizzle-orm';
import type { Database } from '../../src/server/platform/db/database.ts';

export async function rows<T = Record<string, unknown>>(db: Database, query: SQL | string): Promise<T[]> {
  const result = (await db.read((q) => q.execute(query as SQL))) as unknown as { rows: T[] };
  return result.rows;
}
