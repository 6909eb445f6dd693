// The audit log: who saw or changed what, when. Written in the same transaction as the change.
import type { Db } from '../db/open-db.ts';
import { auditLog } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';

export type AuditEntry = { action: string; entity: string; entityId?: string | null; detail?: Record<string, unknown> };

/** Appends one entry for the actor (or for the system when actor is null, e.g. intake by a channel). */
export async function writeAudit(
  db: Db,
  deps: Pick<Deps, 'ids' | 'clock'>,
  storeId: string,
  actor: Actor | null,
  entry: AuditEntry,
): Promise<void> {
  await db.insert(auditLog).values({
    id: deps.ids(),
    storeId,
    actorId: actor?.userId ?? null,
    actorKind: actor ? `user:${actor.via}` : 'system',
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? {},
    at: deps.clock.now(),
  });
}
