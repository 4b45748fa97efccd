/** The API keys that other authorities' systems call the API with, as the API answers them. */
import { z } from 'zod';
import { API_KEY_ROLES } from '../policy/access.ts';

export const apiKeyCreate = z.strictObject({
  name: z.string().trim().min(1, 'Ange vilket system nyckeln är till, t.ex. "Skolinspektionens planeringssystem".').max(120, 'Högst 120 tecken.'),
  contactEmail: z.email('Ange en giltig e-postadress till den som ansvarar för systemet.').max(254),
  role: z.enum(API_KEY_ROLES).default('inspectorate_liaison'),
});
export type ApiKeyCreate = z.infer<typeof apiKeyCreate>;

export const apiKeySummary = z.object({
  id: z.uuid(),
  name: z.string(),
  contactEmail: z.string(),
  role: z.enum(API_KEY_ROLES),
  /** The key's first characters, to tell keys apart. */
  prefix: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  revokedAt: z.string().nullable(),
  version: z.number().int(),
});
export type ApiKeySummary = z.infer<typeof apiKeySummary>;

export const apiKeyList = z.object({ items: z.array(apiKeySummary) });

/** The answer to creating a key: the only time the key itself is shown. */
export const apiKeyCreated = z.object({ key: apiKeySummary, secret: z.string() });
export type ApiKeyCreated = z.infer<typeof apiKeyCreated>;
