import { z } from 'zod';
import { AGENCIES, ROLES } from '../roles.ts';

export const persona = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  agency: z.enum(AGENCIES).nullable(),
  organiserName: z.string().nullable(),
});
export const personaList = z.object({ items: z.array(persona) });
export const devLoginBody = z.strictObject({ persona: z.string().min(1).max(100) });
export const me = z.object({
  signedIn: z.boolean(),
  user: z.object({
    id: z.uuid(),
    name: z.string(),
    role: z.enum(ROLES),
    agency: z.enum(AGENCIES).nullable(),
    organiserId: z.uuid().nullable(),
  }).nullable(),
  csrfToken: z.string().nullable(),
  devLogin: z.boolean(),
});
export type Me = z.infer<typeof me>;
