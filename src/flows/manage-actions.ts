// Actions on a case (reship, refund, compensation …). Above the agent's limit an action waits for a
// supervisor (refundApprovalLimit for refunds, goodwillLimit for other costs); an approved action's
// cost lands in the case's cost ledger so losses can be reported (DOMAIN.md §7, §10).
import { and, eq, sql } from 'drizzle-orm';
import type { ActionKind } from '../core/types.ts';
import type { Db } from '../db/open-db.ts';
import { actions, caseCosts, cases, stores } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { type Actor, hasRole, requireRole } from './actor.ts';
import { AppError, notFound } from './app-error.ts';
import { readFlowPolicy } from './policy-defaults.ts';
import { writeAudit } from './write-audit.ts';

const REFUND_KINDS: ActionKind[] = ['refund_full', 'refund_partial', 'return_refund'];

export type ActionInput = { kind: ActionKind; params?: Record<string, unknown>; cost?: number; note?: string };

/** True when this cost is above what the actor may decide alone. */
export function needsApproval(
  actor: Actor,
  kind: ActionKind,
  cost: number,
  policy: ReturnType<typeof readFlowPolicy>,
): boolean {
  if (hasRole(actor, 'supervisor') || cost <= 0) return false;
  return cost > (REFUND_KINDS.includes(kind) ? policy.refundApprovalLimit : policy.goodwillLimit);
}

async function bookCost(
  tx: Db,
  deps: Deps,
  storeId: string,
  caseId: string,
  actionId: string,
  kind: string,
  cost: number,
): Promise<void> {
  if (cost <= 0) return;
  await tx
    .insert(caseCosts)
    .values({ id: deps.ids(), storeId, caseId, actionId, kind, amount: cost, at: deps.clock.now() });
  await tx
    .update(cases)
    .set({ costTotal: sql`${cases.costTotal} + ${cost}`, updatedAt: deps.clock.now() })
    .where(eq(cases.id, caseId));
}

/** Creates an action: approved at once within the actor's limit, else awaiting approval. */
export async function createAction(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: ActionInput,
): Promise<{ actionId: string; status: string }> {
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ status: cases.status, policy: stores.policy })
      .from(cases)
      .innerJoin(stores, eq(stores.id, cases.storeId))
      .where(and(eq(cases.id, caseId), eq(cases.storeId, actor.storeId)));
    if (!row) throw notFound('case');
    if (row.status === 'closed') throw new AppError('conflict', 'The case is closed.');
    const cost = input.cost ?? 0;
    const waits = needsApproval(actor, input.kind, cost, readFlowPolicy(row.policy));
    const actionId = deps.ids();
    const now = deps.clock.now();
    const status = waits ? 'awaiting_approval' : 'approved';
    await tx.insert(actions).values({
      id: actionId,
      storeId: actor.storeId,
      caseId,
      kind: input.kind,
      params: input.params ?? {},
      status,
      cost,
      note: input.note ?? null,
      requestedBy: actor.userId,
      approvedBy: waits ? null : actor.userId,
      decidedAt: waits ? null : now,
      createdAt: now,
      updatedAt: now,
    });
    if (!waits) await bookCost(tx, deps, actor.storeId, caseId, actionId, input.kind, cost);
    await writeAudit(tx, deps, actor.storeId, actor, {
      action: 'action.created',
      entity: 'action',
      entityId: actionId,
      detail: { caseId, kind: input.kind, cost, status },
    });
    return { actionId, status };
  });
}

/** A supervisor's or owner's decision on an action waiting for approval; `done` marks an approved action carried out. */
export async function decideAction(
  deps: Deps,
  actor: Actor,
  actionId: string,
  decision: 'approve' | 'reject' | 'done',
  note?: string,
): Promise<string> {
  if (decision !== 'done') requireRole(actor, 'supervisor');
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(actions)
      .where(and(eq(actions.id, actionId), eq(actions.storeId, actor.storeId)))
      .for('update');
    if (!row) throw notFound('action');
    const expected = decision === 'done' ? 'approved' : 'awaiting_approval';
    if (row.status !== expected)
      throw new AppError(
        'conflict',
        `The action is ${row.status}; only ${expected} actions can be marked ${decision}.`,
      );
    const status = decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'done';
    const now = deps.clock.now();
    await tx
      .update(actions)
      .set({
        status,
        updatedAt: now,
        ...(decision === 'done' ? {} : { approvedBy: actor.userId, decidedAt: now }),
        ...(note ? { note } : {}),
      })
      .where(eq(actions.id, actionId));
    if (decision === 'approve') await bookCost(tx, deps, actor.storeId, row.caseId, actionId, row.kind, row.cost);
    await writeAudit(tx, deps, actor.storeId, actor, {
      action: `action.${decision}`,
      entity: 'action',
      entityId: actionId,
      detail: { caseId: row.caseId, note },
    });
    return status;
  });
}
