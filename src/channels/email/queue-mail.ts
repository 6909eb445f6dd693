// The durable outbox: an outgoing mail is a row written in the same transaction as the message it
// carries. Its Message-ID is fixed then, so however often the worker retries, it is one mail.
import { and, desc, eq, isNotNull, like } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { mailOutbox, type OutboxKind } from '../../db/schema/channels.ts';
import { cases, messages } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { formatMessageId } from './send-mail.ts';
import { formatReplySubject } from './thread-keys.ts';

export type QueueMailInput = {
  caseId: string;
  caseMessageId: string;
  body: string;
  kind: OutboxKind;
  subject?: string;
};
export type QueueMailResult =
  | { outboxId: string; messageId: string }
  | { skipped: 'no_email_address' | 'case_not_found' | 'already_queued' };

/** Writes the outbox row for a message on a case: to the customer's address, threaded on the case's mail. */
export async function queueCaseMail(
  db: Db,
  deps: Pick<Deps, 'ids' | 'clock'>,
  storeId: string,
  from: string,
  input: QueueMailInput,
): Promise<QueueMailResult> {
  const [kase] = await db
    .select({ subject: cases.subject })
    .from(cases)
    .where(and(eq(cases.id, input.caseId), eq(cases.storeId, storeId)));
  if (!kase) return { skipped: 'case_not_found' };
  const inbound = await db
    .select({ sender: messages.sender, externalId: messages.externalId })
    .from(messages)
    .where(and(eq(messages.caseId, input.caseId), eq(messages.direction, 'in'), like(messages.sender, 'email:%')))
    .orderBy(desc(messages.createdAt))
    .limit(20);
  const to = inbound[0]?.sender?.slice('email:'.length);
  if (!to) return { skipped: 'no_email_address' };
  const sent = await db
    .select({ messageId: mailOutbox.messageId })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.caseId, input.caseId), isNotNull(mailOutbox.messageId)))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(10);
  // Newest first from the queries; References lists the thread oldest first.
  const inboundIds = inbound.map((m) => m.externalId ?? '').filter((id) => id.startsWith('<'));
  const latestInbound = inboundIds[0];
  const references = [...new Set([...inboundIds, ...sent.map((s) => s.messageId)])].reverse().slice(-20);
  const outboxId = deps.ids();
  const messageId = formatMessageId(outboxId, from);
  const now = deps.clock.now();
  const inserted = await db
    .insert(mailOutbox)
    .values({
      id: outboxId,
      storeId,
      caseId: input.caseId,
      caseMessageId: input.caseMessageId,
      messageId,
      fromAddress: from,
      toAddress: to,
      subject: input.subject ?? formatReplySubject(kase.subject, input.caseId),
      bodyText: input.body,
      inReplyTo: latestInbound ?? null,
      refs: references.join(' '),
      kind: input.kind,
      status: 'queued',
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: mailOutbox.id });
  return inserted.length ? { outboxId, messageId } : { skipped: 'already_queued' };
}
