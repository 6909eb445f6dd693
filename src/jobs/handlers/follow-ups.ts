// S24/S27 "follow up until done": an action that needs checking later (a carrier trace, a return, a
// refund) leaves a reminder job due N days later (planFollowUp), with a deterministic dedupe key
// per action so it is scheduled once however many workers sweep. When it fires, the case comes back
// to the agent: a note says what to check, a waiting case reopens, and the SLA timer restarts.
import { and, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { type FollowUp, planFollowUp } from '../../core/sla/plan-follow-ups.ts';
import { ACTIONS, type ActionKind } from '../../core/types.ts';
import { actions, cases, jobs, messages, stores } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { addHours, readFlowPolicy } from '../../flows/policy-defaults.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import { enqueueJob, type Job } from '../job-queue.ts';

export const FOLLOW_UP_JOB = 'case.follow_up';
const LOOKBACK_MS = 30 * 86_400_000;

const WHAT: Record<FollowUp['kind'], string> = {
  check_tracking: 'Check the tracking again and tell the customer where the parcel is.',
  check_redelivery: 'Check that the replacement arrived and the customer is happy.',
  check_return_arrived: 'Check whether the return parcel has arrived.',
  check_refund_landed: 'Check with the customer that the refund has landed.',
};

/** Schedules the reminder job of every recent approved or done action that needs one; returns how many were new. */
export async function scheduleFollowUps(deps: Deps, limit = 200): Promise<number> {
  const since = new Date(deps.clock.now().getTime() - LOOKBACK_MS);
  const rows = await deps.db
    .select({
      id: actions.id,
      storeId: actions.storeId,
      caseId: actions.caseId,
      kind: actions.kind,
      at: actions.createdAt,
      decidedAt: actions.decidedAt,
    })
    .from(actions)
    .leftJoin(jobs, eq(jobs.dedupeKey, sql`'follow-up:' || ${actions.id}::text`))
    .where(and(inArray(actions.status, ['approved', 'done']), gte(actions.createdAt, since), isNull(jobs.id)))
    .limit(limit);
  let scheduled = 0;
  for (const row of rows) {
    const kind = ACTIONS.find((a): a is ActionKind => a === row.kind);
    const plan = kind ? planFollowUp(kind, (row.decidedAt ?? row.at).toISOString()) : undefined;
    // Actions without a follow-up still get a (done) marker row so the sweep does not look at them again.
    const id = await enqueueJob(deps.db, deps, {
      kind: FOLLOW_UP_JOB,
      storeId: row.storeId,
      dedupeKey: `follow-up:${row.id}`,
      runAt: plan ? new Date(plan.dueAt) : deps.clock.now(),
      payload: { caseId: row.caseId, actionId: row.id, action: row.kind, check: plan?.kind ?? null },
    });
    if (id && plan) scheduled += 1;
  }
  return scheduled;
}

/** Runs one reminder: note on the case, reopen if waiting, next response due within the first-response SLA. */
export async function runFollowUp(deps: Deps, job: Job): Promise<void> {
  const caseId = typeof job.payload.caseId === 'string' ? job.payload.caseId : '';
  const check = Object.keys(WHAT).find((k): k is FollowUp['kind'] => k === job.payload.check);
  if (!check || !caseId) return;
  await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ c: cases, policy: stores.policy })
      .from(cases)
      .innerJoin(stores, eq(stores.id, cases.storeId))
      .where(eq(cases.id, caseId))
      .for('update', { of: cases });
    if (!row || row.c.status === 'closed') return;
    const now = deps.clock.now();
    const reopen = row.c.status === 'waiting_customer' || row.c.status === 'waiting_carrier';
    await tx
      .update(cases)
      .set({
        status: reopen ? 'open' : row.c.status,
        nextDueAt: addHours(now, readFlowPolicy(row.policy).firstResponseSlaHours),
        updatedAt: now,
      })
      .where(eq(cases.id, caseId));
    await tx.insert(messages).values({
      id: deps.ids(),
      storeId: row.c.storeId,
      caseId,
      direction: 'note',
      channel: row.c.channel,
      sender: 'system:follow-up',
      body: `Follow-up due (${String(job.payload.action)}): ${WHAT[check]}`,
      createdAt: now,
    });
    await writeAudit(tx, deps, row.c.storeId, null, {
      action: 'case.follow_up_due',
      entity: 'case',
      entityId: caseId,
      detail: { check, actionId: job.payload.actionId },
    });
  });
}
