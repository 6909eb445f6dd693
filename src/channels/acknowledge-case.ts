// S17: a new case is acknowledged at once, in the customer's language, on the channel it came by.
// The acknowledgement is a case message (so the agent sees what the customer was told) and, for
// email, an outbox row in the same transaction. It is not a first response: the SLA timer keeps running.
import { eq } from 'drizzle-orm';
import { composeAcknowledgement } from '../core/sla/compose-acknowledgement.ts';
import type { Db } from '../db/open-db.ts';
import { cases, messages, stores } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { readFlowPolicy } from '../flows/policy-defaults.ts';
import { writeAudit } from '../flows/write-audit.ts';
import { queueCaseMail } from './email/queue-mail.ts';
import { formatCaseRef } from './email/thread-keys.ts';

export const ACK_SENDER = 'system:acknowledgement';

/** Writes the acknowledgement message (and its mail) for a case that was just created. */
export async function acknowledgeNewCase(
  db: Db,
  deps: Pick<Deps, 'ids' | 'clock'>,
  storeId: string,
  caseId: string,
  options: { mailFrom: string },
): Promise<string | undefined> {
  const [row] = await db
    .select({ c: cases, store: stores })
    .from(cases)
    .innerJoin(stores, eq(stores.id, cases.storeId))
    .where(eq(cases.id, caseId));
  if (!row || row.c.storeId !== storeId) return undefined;
  const policy = readFlowPolicy(row.store.policy);
  const ack = composeAcknowledgement({
    customerLanguage: row.c.language,
    storeLanguage: row.store.language,
    storeName: row.store.name,
    caseRef: formatCaseRef(caseId),
    dueHours: policy.firstResponseSlaHours,
  });
  const messageId = deps.ids();
  const now = deps.clock.now();
  const inserted = await db
    .insert(messages)
    .values({
      id: messageId,
      storeId,
      caseId,
      direction: 'out',
      channel: row.c.channel,
      sender: ACK_SENDER,
      body: ack.text,
      language: ack.language,
      externalId: `ack:${caseId}`,
      createdAt: new Date(now.getTime() + 1),
    })
    .onConflictDoNothing()
    .returning({ id: messages.id });
  if (!inserted.length) return undefined; // acknowledged before
  if (row.c.channel === 'email') {
    await queueCaseMail(db, deps, storeId, options.mailFrom, {
      caseId,
      caseMessageId: messageId,
      body: ack.text,
      kind: 'acknowledgement',
      subject: ack.subject,
    });
  }
  await writeAudit(db, deps, storeId, null, {
    action: 'case.acknowledged',
    entity: 'case',
    entityId: caseId,
    detail: { language: ack.language, channel: row.c.channel },
  });
  return messageId;
}
