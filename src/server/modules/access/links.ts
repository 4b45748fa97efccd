/**
 * Signed, expiring links for people without an account (e.g. a colleague invited to answer a
 * self-assessment). A link carries a JWT (HS256, via jose) that names its purpose, its subject and
 * the subject's link version; it is refused when the signature does not match (tampered), when it
 * has expired, or when a newer link for the same subject has been sent since.
 */
import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Database } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import { keepSecret } from './repository.ts';

export type LinkPurpose = 'self_assessment' | 'feedback_survey' | 'notes_review';

export interface LinkClaims {
  purpose: LinkPurpose;
  subject: string;
  version: number;
}

const ISSUER = 'kvalitetsnav';
const keys = new WeakMap<Database, Promise<Uint8Array>>();

/** The configured secret, or the one the database keeps (made on first use, so links survive restarts). */
function linkKey(db: Database, configured: string | undefined): Promise<Uint8Array> {
  if (configured) return Promise.resolve(new TextEncoder().encode(configured));
  let key = keys.get(db);
  if (!key) {
    key = db.transaction((tx) => keepSecret(tx, 'link_signing_key', randomBytes(32).toString('base64url')))
      .then((value) => new TextEncoder().encode(value));
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

export interface LinkSigner {
  sign(claims: LinkClaims, expiresAt: Date): Promise<string>;
  /** The claims of a valid link of the given purpose; throws `invalidLink` or `expiredLink` otherwise. */
  verify(token: string, purpose: LinkPurpose): Promise<LinkClaims>;
}

export const invalidLink = (): DomainError =>
  new DomainError('unauthenticated', 'Länken är ogiltig. Kontrollera att du har kopierat hela länken från e-postmeddelandet, eller be om en ny.', 'invalid link');

export const expiredLink = (): DomainError =>
  new DomainError('link_expired', 'Länken har slutat gälla. Be den som bjöd in dig att skicka en ny länk.', 'expired link');

async function verifyWith(key: Uint8Array, token: string, purpose: LinkPurpose): Promise<LinkClaims> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
    if (payload.pur !== purpose || typeof payload.sub !== 'string' || typeof payload.ver !== 'number') throw invalidLink();
    return { purpose, subject: payload.sub, version: payload.ver };
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw expiredLink();
    if (error instanceof DomainError) throw error;
    throw invalidLink();
  }
}

/** Resolve it before a transaction: the first call may store the key. */
export async function linkSigner(db: Database, secret: string | undefined): Promise<LinkSigner> {
  const key = await linkKey(db, secret);
  return {
    sign: (claims, expiresAt) => new SignJWT({ pur: claims.purpose, ver: claims.version })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(claims.subject)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(key),
    verify: (token, purpose) => verifyWith(key, token, purpose),
  };
}
