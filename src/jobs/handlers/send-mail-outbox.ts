// The outbox worker: claims due rows with FOR UPDATE SKIP LOCKED (several workers never take the
// same mail), sends each with its fixed Message-ID, and records the outcome. While the SMTP server
// is down a row goes back to the queue with exponential backoff; a permanent failure or the last
// attempt marks it failed and leaves a note on the case for the agent.
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { decideRetry, type RetryPolicy } from '../../channels/email/retry-policy.ts';
import type { Mailer } from '../../channels/email/send-mail.ts';
import { mailOutbox } from '../../db/schema/channels.ts';
import { messages } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { writeAudit } from '../../flows/write-audit.ts';

type OutboxRow = typeof mailOutbox.$inferSelect;
export type OutboxRunResult = { sent: number; retried: number; failed: number };

// A claimed row is leased: if the worker dies mid-send, the row is due again when the lease ends.
const LEASE_MS = 120_000;

/** Claims up to `limit` due mails for this worker. */
export async function claimOutbox(deps: Deps, limit: number): Promise<OutboxRow[]> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(inArray(mailOutbox.status, ['queued', 'sending']), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(mailOutbox.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(mailOutbox)
      .set({
        status: 'sending',
        attempts: sql`${mailOutbox.attempts} + 1`,
        nextAttemptAt: new Date(now.getTime() + LEASE_MS),
        updatedAt: now,
      })
      .where(
        inArray(
          mailOutbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

/** Sends every due mail once; returns what happened. */
export async function runOutbox(deps: Deps, mailer: Mailer, retry: RetryPolicy, limit = 20): Promise<OutboxRunResult> {
  const result: OutboxRunResult = { sent: 0, retried: 0, failed: 0 };
  for (const row of await claimOutbox(deps, limit)) {
    try {
      await mailer.send({
        messageId: row.messageId,
        from: row.fromAddress,
        to: row.toAddress,
        subject: row.subject,
        text: row.bodyText,
        inReplyTo: row.inReplyTo ?? undefined,
        references: row.refs.split(' ').filter(Boolean),
        autoSubmitted: row.kind === 'acknowledgement',
      });
      await markSent(deps, row);
      result.sent += 1;
    } catch (error) {
      const outcome = await markFailedAttempt(deps, row, retry, error);
      result[outcome] += 1;
    }
  }
  return result;
}

async function markSent(deps: Deps, row: OutboxRow): Promise<void> {
  const now = deps.clock.now();
  await deps.db
    .update(mailOutbox)
    .set({ status: 'sent', sentAt: now, lastError: null, updatedAt: now })
    .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.status, 'sending')));
}

async function markFailedAttempt(
  deps: Deps,
  row: OutboxRow,
  retry: RetryPolicy,
  error: unknown,
): Promise<'retried' | 'failed'> {
  const now = deps.clock.now();
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const decision = decideRetry(row.attempts, retry, error);
  if (decision.kind === 'retry') {
    await deps.db
      .update(mailOutbox)
      .set({
        status: 'queued',
        lastError: message,
        nextAttemptAt: new Date(now.getTime() + decision.delayMs),
        updatedAt: now,
      })
      .where(eq(mailOutbox.id, row.id));
    return 'retried';
  }
  await deps.db.transaction(async (tx) => {
    await tx
      .update(mailOutbox)
      .set({ status: 'failed', lastError: message, updatedAt: now })
      .where(eq(mailOutbox.id, row.id));
    if (!row.caseId) return;
    await tx.insert(messages).values({
      id: deps.ids(),
      storeId: row.storeId,
      caseId: row.caseId,
      direction: 'note',
      channel: 'email',
      sender: 'system:outbox',
      body: `Email to ${row.toAddress} could not be delivered after ${row.attempts} attempt(s): ${message}`,
      createdAt: now,
    });
    await writeAudit(tx, deps, row.storeId, null, {
      action: 'mail.failed',
      entity: 'case',
      entityId: row.caseId,
      detail: { outboxId: row.id, messageId: row.messageId, error: message },
    });
  });
  return 'failed';
}

/** True when nothing is left to send or retry (used by tests and graceful shutdown). */
export async function isOutboxIdle(deps: Deps): Promise<boolean> {
  const [row] = await deps.db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(or(eq(mailOutbox.status, 'queued'), eq(mailOutbox.status, 'sending')))
    .limit(1);
  return !row;
}
