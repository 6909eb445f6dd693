// S17: no inbound message goes unanswered past its SLA without an escalation. The timers live on
// the case (first_response_due_at, next_due_at), so they survive restarts: a timer that ran out
// while the desk was down is found by the first sweep after it starts. Each breach is escalated
// once (sla_escalations' key), cases are locked with SKIP LOCKED so workers never collide.
import { and, asc, eq, inArray, isNotNull, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import { decideEscalation } from '../../core/sla/decide-escalation.ts';
import { computeFirstResponseDue, toPriority } from '../../core/sla/sla-timers.ts';
import type { Db } from '../../db/open-db.ts';
import { slaEscalations } from '../../db/schema/channels.ts';
import { cases, messages, stores, users } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { readFlowPolicy } from '../../flows/policy-defaults.ts';
import { writeAudit } from '../../flows/write-audit.ts';

export type SweepResult = { escalated: number; checked: number };

/** Escalates every case whose first-response or follow-up timer has run out; bounded per call. */
export async function sweepSla(deps: Deps, limit = 50): Promise<SweepResult> {
  await retimeByPriority(deps);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    // Mirrors decideEscalation: an unanswered case on its first-response timer, an answered one on
    // its follow-up timer (not while waiting on the customer or carrier); each breach not yet escalated.
    const due = await tx
      .select()
      .from(cases)
      .where(
        and(
          notInArray(cases.status, ['resolved', 'closed']),
          or(
            and(
              isNull(cases.firstRespondedAt),
              lte(cases.firstResponseDueAt, now),
              sql`not exists (select 1 from sla_escalations e where e.case_id = ${cases.id} and e.timer = 'first_response' and e.due_at = ${cases.firstResponseDueAt})`,
            ),
            and(
              or(isNotNull(cases.firstRespondedAt), isNull(cases.firstResponseDueAt)),
              notInArray(cases.status, ['waiting_customer', 'waiting_carrier']),
              lte(cases.nextDueAt, now),
              sql`not exists (select 1 from sla_escalations e where e.case_id = ${cases.id} and e.timer = 'follow_up' and e.due_at = ${cases.nextDueAt})`,
            ),
          ),
        ),
      )
      .orderBy(asc(cases.nextDueAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    let escalated = 0;
    for (const kase of due) if (await escalateCase(tx, deps, kase, now)) escalated += 1;
    return { escalated, checked: due.length };
  });
}

type CaseRow = typeof cases.$inferSelect;

async function escalateCase(tx: Db, deps: Deps, kase: CaseRow, now: Date): Promise<boolean> {
  const decision = decideEscalation(
    {
      status: kase.status,
      priority: toPriority(kase.priority),
      tags: kase.tags,
      firstResponseDueAt: kase.firstResponseDueAt?.toISOString(),
      firstRespondedAt: kase.firstRespondedAt?.toISOString(),
      nextDueAt: kase.nextDueAt?.toISOString(),
    },
    now.toISOString(),
  );
  if (decision.kind !== 'escalate') return false;
  const supervisor = await pickSupervisor(tx, kase);
  const won = await tx
    .insert(slaEscalations)
    .values({
      caseId: kase.id,
      timer: decision.timer,
      dueAt: new Date(decision.dueAt),
      storeId: kase.storeId,
      escalatedAt: now,
      assigneeId: supervisor?.id ?? null,
    })
    .onConflictDoNothing()
    .returning({ caseId: slaEscalations.caseId });
  if (!won.length) return false;
  await tx
    .update(cases)
    .set({
      priority: decision.priority,
      tags: kase.tags.includes(decision.tag) ? kase.tags : [...kase.tags, decision.tag],
      assigneeId: supervisor?.id ?? kase.assigneeId,
      updatedAt: now,
    })
    .where(eq(cases.id, kase.id));
  const what = decision.timer === 'first_response' ? 'First response' : 'Follow-up';
  await tx.insert(messages).values({
    id: deps.ids(),
    storeId: kase.storeId,
    caseId: kase.id,
    direction: 'note',
    channel: kase.channel,
    sender: 'system:sla',
    body: `${what} overdue by ${decision.overdueMinutes} min (due ${decision.dueAt}). Escalated: priority ${decision.priority}${supervisor ? `, assigned to ${supervisor.name}` : ''}.`,
    createdAt: now,
  });
  await writeAudit(tx, deps, kase.storeId, null, {
    action: 'case.escalated',
    entity: 'case',
    entityId: kase.id,
    detail: {
      timer: decision.timer,
      dueAt: decision.dueAt,
      overdueMinutes: decision.overdueMinutes,
      priority: decision.priority,
      assigneeId: supervisor?.id ?? null,
    },
  });
  return true;
}

// The supervisor (or owner) with the fewest open cases takes it; a supervisor already on it keeps it.
async function pickSupervisor(tx: Db, kase: CaseRow): Promise<{ id: string; name: string } | undefined> {
  const staff = await tx
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(
      and(eq(users.storeId, kase.storeId), inArray(users.role, ['supervisor', 'owner']), eq(users.disabled, false)),
    );
  const current = staff.find((u) => u.id === kase.assigneeId);
  if (current) return current;
  const load = await tx
    .select({ id: cases.assigneeId, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(eq(cases.storeId, kase.storeId), notInArray(cases.status, ['resolved', 'closed'])))
    .groupBy(cases.assigneeId);
  const count = (id: string) => load.find((l) => l.id === id)?.n ?? 0;
  const rank = (role: string) => (role === 'supervisor' ? 0 : 1);
  return [...staff].sort(
    (a, b) => rank(a.role) - rank(b.role) || count(a.id) - count(b.id) || a.id.localeCompare(b.id),
  )[0];
}

/** Intake times every new case as normal; a case raised to high or urgent gets its shorter first-response due time. */
async function retimeByPriority(deps: Deps, limit = 200): Promise<number> {
  const rows = await deps.db
    .select({ id: cases.id, priority: cases.priority, due: cases.firstResponseDueAt, policy: stores.policy })
    .from(cases)
    .innerJoin(stores, eq(stores.id, cases.storeId))
    .where(
      and(
        isNull(cases.firstRespondedAt),
        inArray(cases.priority, ['high', 'urgent']),
        notInArray(cases.status, ['resolved', 'closed']),
        isNotNull(cases.firstResponseDueAt),
        // A priority raised by an escalation keeps the breached due time: one escalation per breach.
        sql`not (${cases.tags} @> array['sla_breached:first_response'])`,
      ),
    )
    .limit(limit);
  let retimed = 0;
  for (const row of rows) {
    if (!row.due) continue;
    // Intake set due = received + policy hours; the same start gives the priority's due time.
    const policy = readFlowPolicy(row.policy);
    const receivedAt = new Date(row.due.getTime() - policy.firstResponseSlaHours * 3_600_000);
    const due = new Date(computeFirstResponseDue(receivedAt.toISOString(), toPriority(row.priority), policy));
    if (due >= row.due) continue;
    // Only ever earlier: the condition makes a concurrent sweep's identical update harmless.
    await deps.db
      .update(cases)
      .set({ firstResponseDueAt: due })
      .where(and(eq(cases.id, row.id), sql`${cases.firstResponseDueAt} > ${due}`));
    retimed += 1;
  }
  return retimed;
}
