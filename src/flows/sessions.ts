// Login, logout and turning a cookie or bearer token back into an actor. All state is in the DB,
// so any number of app instances agree on who is signed in and how many attempts failed.
import { and, count, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { apiTokens, loginAttempts, sessions, users } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { AppError } from './app-error.ts';
import { hashToken, newToken, verifyPassword } from './secrets.ts';
import { writeAudit } from './write-audit.ts';

export type LoginResult = { token: string; expiresAt: Date; actor: Actor };

async function countFailures(
  deps: Deps,
  email: string,
  ip: string,
  since: Date,
): Promise<{ byEmail: number; byIp: number }> {
  const failed = and(eq(loginAttempts.ok, false), gt(loginAttempts.at, since));
  const [byEmail] = await deps.db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(failed, sql`lower(${loginAttempts.email}) = ${email}`));
  const [byIp] = await deps.db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(failed, eq(loginAttempts.ip, ip)));
  return { byEmail: byEmail?.n ?? 0, byIp: byIp?.n ?? 0 };
}

/** Checks the password (rate-limited per email and per IP over a window) and opens a session. */
export async function logIn(deps: Deps, input: { email: string; password: string; ip: string }): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const now = deps.clock.now();
  const since = new Date(now.getTime() - deps.config.loginWindowMinutes * 60_000);
  const failures = await countFailures(deps, email, input.ip, since);
  const max = deps.config.loginMaxFailures;
  if (failures.byEmail >= max || failures.byIp >= max * 4) {
    throw new AppError(
      'rate_limited',
      `Too many failed sign-ins; try again in ${deps.config.loginWindowMinutes} minutes.`,
    );
  }
  const [user] = await deps.db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const ok = user !== undefined && !user.disabled && (await verifyPassword(user.passwordHash, input.password));
  await deps.db.insert(loginAttempts).values({ email, ip: input.ip, ok, at: now });
  if (!ok || !user) throw new AppError('unauthenticated', 'Wrong email or password.');
  const token = newToken('as_s_');
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * 3_600_000);
  const actor: Actor = { userId: user.id, storeId: user.storeId, role: user.role, name: user.name, via: 'session' };
  await deps.db.transaction(async (tx) => {
    // Housekeeping that stays bounded: this user's expired sessions and this email's old attempts.
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
    await tx
      .delete(loginAttempts)
      .where(and(sql`lower(${loginAttempts.email}) = ${email}`, lt(loginAttempts.at, since)));
    await tx
      .insert(sessions)
      .values({ tokenHash: hashToken(token), userId: user.id, storeId: user.storeId, createdAt: now, expiresAt });
    await writeAudit(tx, deps, user.storeId, actor, { action: 'login', entity: 'user', entityId: user.id });
  });
  return { token, expiresAt, actor };
}

/** Ends the session of this token (idempotent). */
export async function logOut(deps: Deps, token: string): Promise<void> {
  await deps.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** The actor behind a session cookie or an API token, or null when neither is valid. */
export async function findActor(
  deps: Deps,
  credentials: { sessionToken?: string; bearer?: string },
): Promise<Actor | null> {
  const now = deps.clock.now();
  if (credentials.bearer) {
    const [row] = await deps.db
      .select({ user: users, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.tokenHash, hashToken(credentials.bearer)), isNull(apiTokens.revokedAt)));
    if (!row || row.user.disabled) return null;
    // Recorded at most every five minutes, so a busy integration does not write on every request.
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 300_000) {
      await deps.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
    }
    return { userId: row.user.id, storeId: row.user.storeId, role: row.user.role, name: row.user.name, via: 'token' };
  }
  if (!credentials.sessionToken) return null;
  const [row] = await deps.db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(credentials.sessionToken)), gt(sessions.expiresAt, now)));
  if (!row || row.user.disabled) return null;
  return { userId: row.user.id, storeId: row.user.storeId, role: row.user.role, name: row.user.name, via: 'session' };
}
