/** Who manages the API keys, and which roles a key may act in. */
import type { Role } from '../roles.ts';

export const MANAGE_API_KEYS: readonly Role[] = ['admin'];
/** Only the inspectorate's planning system calls the API today: it registers planned inspections and reviews. */
export const API_KEY_ROLES = ['inspectorate_liaison'] as const satisfies readonly Role[];
