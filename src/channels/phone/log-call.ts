// Phone calls (S18): the agent logs a call as a message with channel "phone" — onto a given case or,
// like any inbound message, through intake by the caller's phone identity. The agent spoke with the
// customer, so the call counts as a response: the first-response timer stops, the follow-up one starts.
import { and, eq } from 'drizzle-orm';
import { cases, stores } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../flows/actor.ts';
import { AppError } from '../../flows/app-error.ts';
import { normaliseIdentity } from '../../flows/find-or-create-customer.ts';
import { intakeMessage } from '../../flows/intake-message.ts';
import { addHours, readFlowPolicy } from '../../flows/policy-defaults.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import { appendToCase } from '../append-to-case.ts';

export type CallLog = {
  caseId?: string;
  phone: string;
  name?: string;
  caller: 'customer' | 'agent';
  summary: string;
  at?: string;
  durationSeconds?: number;
};

/** Stores the call and returns the case it is on. */
export async function logPhoneCall(
  deps: Deps,
  actor: Actor,
  call: CallLog,
): Promise<{ caseId: string; caseCreated: boolean }> {
  const identity = normaliseIdentity(`phone:${call.phone}`);
  if (identity.replace(/\D/g, '').length < 5)
    throw new AppError('validation', 'phone: not a phone number', { field: 'phone' });
  const at = call.at ? new Date(call.at) : deps.clock.now();
  const externalId = `phone:${actor.userId}:${at.toISOString()}:${identity}`;
  const text = `${call.caller === 'customer' ? 'Call from the customer' : 'Call to the customer'}${call.durationSeconds ? ` (${Math.round(call.durationSeconds / 60)} min)` : ''}: ${call.summary}`;
  return deps.db.transaction(async (tx) => {
    let caseId = call.caseId;
    let caseCreated = false;
    if (caseId) {
      const appended = await appendToCase(tx, deps, actor.storeId, {
        caseId,
        externalId,
        channel: 'phone',
        sender: identity,
        text,
        at,
      });
      if ('kind' in appended) throw new AppError('not_found', 'case not found or closed');
    } else {
      const result = await intakeMessage(tx, deps, actor.storeId, actor, {
        externalId,
        channel: 'phone',
        from: identity,
        name: call.name,
        text,
        at: at.toISOString(),
      });
      caseId = result.caseId;
      caseCreated = result.caseCreated;
    }
    const [row] = await tx
      .select({ firstRespondedAt: cases.firstRespondedAt, policy: stores.policy })
      .from(cases)
      .innerJoin(stores, eq(stores.id, cases.storeId))
      .where(and(eq(cases.id, caseId), eq(cases.storeId, actor.storeId)));
    if (!row) throw new AppError('not_found', 'case not found');
    await tx
      .update(cases)
      .set({
        firstRespondedAt: row.firstRespondedAt ?? at,
        nextDueAt: addHours(at, readFlowPolicy(row.policy).followUpSlaHours),
        updatedAt: deps.clock.now(),
      })
      .where(eq(cases.id, caseId));
    await writeAudit(tx, deps, actor.storeId, actor, {
      action: 'case.phone_logged',
      entity: 'case',
      entityId: caseId,
      detail: { caller: call.caller, durationSeconds: call.durationSeconds ?? null },
    });
    return { caseId, caseCreated };
  });
}
