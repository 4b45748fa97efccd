/**
 * Bulk loading with COPY, inside the caller's transaction: hundreds of thousands of rows (a value
 * import, the demo data) load in seconds instead of minutes of multi-row INSERTs. PGlite reads the
 * CSV from a blob; a PostgreSQL server from a COPY … FROM STDIN stream.
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseKind, Tx } from './database.ts';

type Cell = string | number | boolean | null | undefined;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`copyRows: non-finite number ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return `"${value.replaceAll('"', '""')}"`;
}

function toCsv(rows: readonly Cell[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** The driver's own connection of the transaction (drizzle keeps it on the session). */
const connectionOf = (tx: Tx) => (tx as unknown as { session: { client: unknown } }).session.client;

export async function copyRows(kind: DatabaseKind, tx: Tx, table: string, columns: readonly string[], rows: readonly Cell[][]): Promise<void> {
  if (rows.length === 0) return;
  if (![table, ...columns].every((name) => IDENTIFIER.test(name))) throw new Error(`copyRows: bad identifier in ${table}(${columns.join(',')})`);
  const statement = `COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`;
  for (let i = 0; i < rows.length; i += 50_000) {
    const csv = toCsv(rows.slice(i, i + 50_000));
    if (kind === 'pglite') {
      const client = connectionOf(tx) as { query: (sql: string, params: unknown[], options: { blob: Blob }) => Promise<unknown> };
      await client.query(statement.replace('FROM STDIN', "FROM '/dev/blob'"), [], { blob: new Blob([csv]) });
    } else {
      const client = connectionOf(tx) as { query: (stream: ReturnType<typeof copyFrom>) => ReturnType<typeof copyFrom> };
      await pipeline(Readable.from([csv]), client.query(copyFrom(statement)));
    }
  }
}

/** One value as COPY's CSV wants it: instants in ISO 8601, JSON columns as JSON text. */
function tableCell(value: unknown, json: boolean): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (json) return JSON.stringify(value);
  return value as Cell;
}

/** Loads rows of a Drizzle table with COPY; every row names the same columns (the rest take their defaults). */
export async function copyTable<T extends PgTable>(kind: DatabaseKind, tx: Tx, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]!);
  const names = keys.map((k) => columns[k]!.name);
  const json = keys.map((k) => columns[k]!.dataType === 'json');
  await copyRows(kind, tx, getTableName(table), names, rows.map((row) => keys.map((k, i) => tableCell((row as Record<string, unknown>)[k], json[i]!))));
}
