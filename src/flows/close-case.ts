// 登记总结 (DOMAIN.md §10): a case closes only with its record — category, root cause, resolution, cost.
import { and, eq } from 'drizzle-orm';
import type { Category } from '../core/types.ts';
import { actions, cases } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { AppError, notFound } from './app-error.ts';
import { writeAudit } from './write-audit.ts';

export type CaseRecord = { category: Category; rootCause: string; resolution: string; cost: number };

/** Closes the case with its record; refuses while an action still waits for approval. */
export async function closeCase(deps: Deps, actor: Actor, caseId: string, record: CaseRecord): Promise<void> {
  for (const field of ['rootCause', 'resolution'] as const) {
    if (!record[field].trim())
      throw new AppError('validation', `${field}: the record needs it to close the case`, { field });
  }
  await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ status: cases.status })
      .from(cases)
      .where(and(eq(cases.id, caseId), eq(cases.storeId, actor.storeId)))
      .for('update');
    if (!row) throw notFound('case');
    if (row.status === 'closed') throw new AppError('conflict', 'The case is already closed.');
    const [waiting] = await tx
      .select({ id: actions.id })
      .from(actions)
      .where(and(eq(actions.caseId, caseId), eq(actions.status, 'awaiting_approval')))
      .limit(1);
    if (waiting) throw new AppError('conflict', 'An action on this case still waits for approval.');
    const now = deps.clock.now();
    await tx
      .update(cases)
      .set({
        status: 'closed',
        category: record.category,
        rootCause: record.rootCause,
        resolution: record.resolution,
        costTotal: record.cost,
        stage: 'record',
        closedAt: now,
        updatedAt: now,
      })
      .where(eq(cases.id, caseId));
    await writeAudit(tx, deps, actor.storeId, actor, {
      action: 'case.closed',
      entity: 'case',
      entityId: caseId,
      detail: { ...record },
    });
  });
}
