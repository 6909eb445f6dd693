// Who is asking: every flow receives the actor and scopes every query by actor.storeId.
import type { Role } from '../db/schema/index.ts';
import { AppError } from './app-error.ts';

export type Actor = { userId: string; storeId: string; role: Role; name: string; via: 'session' | 'token' };

const RANK: Record<Role, number> = { agent: 1, supervisor: 2, owner: 3 };

/** Refuses (403) unless the actor's role is at least `least`. */
export function requireRole(actor: Actor, least: Role): void {
  if (RANK[actor.role] < RANK[least]) throw new AppError('forbidden', `This needs the ${least} role or higher.`);
}

/** True when the actor's role is at least `least`. */
export function hasRole(actor: Actor, least: Role): boolean {
  return RANK[actor.role] >= RANK[least];
}
