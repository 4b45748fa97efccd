/** Who may read the outbox: administrators only (messages carry personal links). */
import type { Role } from '../roles.ts';

export const READ_OUTBOX: readonly Role[] = ['admin'];
