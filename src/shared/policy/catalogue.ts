/** Who may do what with the quality system catalogue. */
import { ROLES, type Role } from '../roles.ts';

/** The national quality system is public: everyone signed in may read it. */
export const READ_CATALOGUE: readonly Role[] = ROLES;
/** The steward maintains drafts and publishes versions. */
export const EDIT_CATALOGUE: readonly Role[] = ['steward'];
/** Change requests come from the agencies' staff and reference groups, recorded by staff. */
export const REQUEST_CATALOGUE_CHANGE: readonly Role[] = ['steward', 'leader_skolverket', 'leader_spsm', 'coordinator'];
