/** The outbox as the API answers it. */
import { z } from 'zod';

export const outboxMessage = z.object({
  id: z.uuid(),
  kind: z.string(),
  toName: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  status: z.enum(['queued', 'sent', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessage>;

export const outboxList = z.object({ items: z.array(outboxMessage) });
export const outboxQuery = z.strictObject({ relatedId: z.uuid().optional() });
