// Replies written by agents on email cases become outbox rows. The reply flow may queue the mail
// itself in its transaction (queueCaseMail); this sweep is the safety net that finds any agent
// reply on an email case without a mail and queues it, once (unique on the case message).
import { and, eq, gte, isNotNull, notExists, sql } from 'drizzle-orm';
import { queueCaseMail } from '../../channels/email/queue-mail.ts';
import { mailOutbox } from '../../db/schema/channels.ts';
import { cases, messages } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';

// Replies older than this are history (imported or demo data), not mail still to be sent.
const LOOKBACK_MS = 2 * 86_400_000;

/** Queues mail for recent agent replies on email cases that have none yet; returns how many. */
export async function queueEmailReplies(deps: Deps, mailFrom: string, limit = 50): Promise<number> {
  const since = new Date(deps.clock.now().getTime() - LOOKBACK_MS);
  const pending = await deps.db
    .select({ id: messages.id, storeId: messages.storeId, caseId: messages.caseId, body: messages.body })
    .from(messages)
    .innerJoin(cases, eq(cases.id, messages.caseId))
    .where(
      and(
        eq(messages.direction, 'out'),
        eq(messages.channel, 'email'),
        isNotNull(messages.authorId),
        gte(messages.createdAt, since),
        notExists(deps.db.select({ one: sql`1` }).from(mailOutbox).where(eq(mailOutbox.caseMessageId, messages.id))),
      ),
    )
    .orderBy(messages.createdAt)
    .limit(limit);
  let queued = 0;
  for (const reply of pending) {
    const result = await deps.db.transaction((tx) =>
      queueCaseMail(tx, deps, reply.storeId, mailFrom, {
        caseId: reply.caseId,
        caseMessageId: reply.id,
        body: reply.body,
        kind: 'reply',
      }),
    );
    if ('outboxId' in result) queued += 1;
  }
  return queued;
}
