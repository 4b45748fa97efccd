/** Queries of a case's documents; the content is read only when a file is downloaded. */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { users } from '../../access/schema.ts';
import { documents } from '../schema.ts';

export function documentsOf(db: Queryable, dialogueId: string) {
  return db.select({
    id: documents.id, filename: documents.filename, contentType: documents.contentType, sizeBytes: documents.sizeBytes,
    uploadedAt: documents.uploadedAt, uploadedByName: users.name,
  }).from(documents).leftJoin(users, eq(users.id, documents.uploadedBy))
    .where(and(eq(documents.dialogueId, dialogueId), isNull(documents.deletedAt))).orderBy(asc(documents.uploadedAt));
}

export async function findDocument(db: Queryable, id: string) {
  const [row] = await db.select({ id: documents.id, dialogueId: documents.dialogueId, filename: documents.filename, contentType: documents.contentType })
    .from(documents).where(and(eq(documents.id, id), isNull(documents.deletedAt)));
  return row;
}

/** The content as base64 text: PGlite decodes bytea byte by byte. */
export async function documentContent(db: Queryable, id: string): Promise<Buffer> {
  const [row] = await db.select({ b64: sql<string>`encode(${documents.content}, 'base64')` }).from(documents).where(eq(documents.id, id));
  return Buffer.from(row!.b64, 'base64');
}

export async function insertDocument(tx: Tx, row: Omit<typeof documents.$inferInsert, 'content'> & { content: Buffer }) {
  const { content, ...rest } = row;
  const [created] = await tx.insert(documents).values({ ...rest, content: sql`decode(${content.toString('base64')}, 'base64')` as unknown as Buffer })
    .returning({ id: documents.id });
  return created!;
}

export async function removeDocument(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.update(documents).set({ deletedAt: at }).where(eq(documents.id, id));
}
