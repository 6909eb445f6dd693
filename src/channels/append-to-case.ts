// An inbound message that we already know belongs to a case (a threaded email reply, a chat or
// self-service session bound to its case) is appended there rather than routed by the intake's
// customer/order guess. Idempotent on the external id like intake itself.
import { and, eq } from 'drizzle-orm';
import { detectLanguage } from '../core/language/detect-language.ts';
import type { Db } from '../db/open-db.ts';
import { cases, messages, stores } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { type IntakeAttachment, storeAttachments } from '../flows/intake-message.ts';
import { addHours, readFlowPolicy } from '../flows/policy-defaults.ts';
import { refreshAssessment } from '../flows/refresh-assessment.ts';
import { writeAudit } from '../flows/write-audit.ts';

export type AppendInput = {
  caseId: string;
  externalId: string;
  channel: string;
  sender: string;
  text: string;
  at?: Date;
  attachments?: IntakeAttachment[];
};
export type AppendResult = { caseId: string; messageId: string; duplicate: boolean } | { kind: 'case_closed' };

/** Adds one inbound message to a known open case; a closed case is left alone (the caller opens a new one). */
export async function appendToCase(db: Db, deps: Deps, storeId: string, input: AppendInput): Promise<AppendResult> {
  const [dup] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.storeId, storeId), eq(messages.externalId, input.externalId)));
  if (dup) return { caseId: input.caseId, messageId: dup.id, duplicate: true };
  const [row] = await db
    .select({ status: cases.status, nextDueAt: cases.nextDueAt, policy: stores.policy })
    .from(cases)
    .innerJoin(stores, eq(stores.id, cases.storeId))
    .where(and(eq(cases.id, input.caseId), eq(cases.storeId, storeId)))
    .for('update', { of: cases });
  if (!row || row.status === 'closed') return { kind: 'case_closed' };
  const now = deps.clock.now();
  const at = input.at ?? now;
  // The ball is back in our court: a waiting or resolved case reopens and its follow-up timer starts.
  const reopens = row.status === 'waiting_customer' || row.status === 'resolved';
  const followUpDue = addHours(at, readFlowPolicy(row.policy).followUpSlaHours);
  await db
    .update(cases)
    .set({
      status: reopens ? 'open' : row.status,
      nextDueAt: reopens || !row.nextDueAt || row.nextDueAt > followUpDue ? followUpDue : row.nextDueAt,
      updatedAt: now,
    })
    .where(eq(cases.id, input.caseId));
  const messageId = deps.ids();
  await db.insert(messages).values({
    id: messageId,
    storeId,
    caseId: input.caseId,
    direction: 'in',
    channel: input.channel,
    sender: input.sender,
    body: input.text,
    language: detectLanguage(input.text),
    externalId: input.externalId,
    createdAt: at,
  });
  await storeAttachments(db, deps, storeId, messageId, input.attachments ?? []);
  await refreshAssessment(db, storeId, input.caseId, now);
  await writeAudit(db, deps, storeId, null, {
    action: 'message.received',
    entity: 'case',
    entityId: input.caseId,
    detail: { messageId, channel: input.channel, threaded: true },
  });
  return { caseId: input.caseId, messageId, duplicate: false };
}
