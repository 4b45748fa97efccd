/** Documents attached to a dialogue case. */
import { z } from 'zod';

export const dialogueDocument = z.object({
  id: z.uuid(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
  uploadedByName: z.string().nullable(),
});
export const dialogueDocumentList = z.object({ items: z.array(dialogueDocument), maxBytes: z.number().int(), allowed: z.string() });
