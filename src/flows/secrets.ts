// Passwords are hashed with argon2id; session and API tokens are 256-bit random strings, so a
// fast SHA-256 of them is enough to keep a stolen table useless (argon2 is for low-entropy secrets).
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Hashes a password for storage. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Checks a password against its stored hash; a malformed hash is simply a mismatch. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A fresh random token with a readable prefix (as_s_ for sessions, as_t_ for API tokens). */
export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** The form a token is stored and looked up in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
