// Changes an agent makes to a case outside messages: status, assignee, priority, tags, claim.
import { and, eq } from 'drizzle-orm';
import type { Claim } from '../core/types.ts';
import { type CaseStatus, cases, type Priority, users } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { AppError, notFound } from './app-error.ts';
import { refreshAssessment } from './refresh-assessment.ts';
import { writeAudit } from './write-audit.ts';

export type CasePatch = {
  status?: Exclude<CaseStatus, 'closed'>;
  assigneeId?: string | null;
  priority?: Priority;
  tags?: string[];
  subject?: string;
  summary?: string | null;
  claim?: Claim | null;
};

/** Applies the patch in one transaction; a claim change re-assesses the case. */
export async function updateCase(deps: Deps, actor: Actor, caseId: string, patch: CasePatch): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ status: cases.status })
      .from(cases)
      .where(and(eq(cases.id, caseId), eq(cases.storeId, actor.storeId)))
      .for('update');
    if (!row) throw notFound('case');
    if (row.status === 'closed' && patch.status === undefined)
      throw new AppError('conflict', 'The case is closed; reopen it first (status: "open").');
    if (patch.assigneeId) {
      const [assignee] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, patch.assigneeId), eq(users.storeId, actor.storeId)));
      if (!assignee) throw new AppError('not_found', 'assignee not found', { field: 'assigneeId' });
    }
    const now = deps.clock.now();
    const reopening = row.status === 'closed' && patch.status !== undefined;
    await tx
      .update(cases)
      .set({ ...patch, updatedAt: now, ...(reopening ? { closedAt: null } : {}) })
      .where(eq(cases.id, caseId));
    if (patch.claim !== undefined) await refreshAssessment(tx, actor.storeId, caseId, now);
    await writeAudit(tx, deps, actor.storeId, actor, {
      action: 'case.updated',
      entity: 'case',
      entityId: caseId,
      detail: { fields: Object.keys(patch), ...patch },
    });
  });
}
