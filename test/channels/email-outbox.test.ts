// Email out against a real SMTP server on loopback: the agent's reply goes through the outbox, is
// retried with backoff while the server is down, and arrives exactly once, threaded, when it is back.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { ingestMail } from '../../src/channels/email/ingest-mail.ts';
import { createSmtpMailer } from '../../src/channels/email/send-mail.ts';
import { mailOutbox } from '../../src/db/schema/channels.ts';
import { messages } from '../../src/db/schema/index.ts';
import { replyToCase } from '../../src/flows/reply-to-case.ts';
import { queueEmailReplies } from '../../src/jobs/handlers/queue-email-replies.ts';
import { isOutboxIdle, runOutbox } from '../../src/jobs/handlers/send-mail-outbox.ts';
import { buildStore, buildUser } from '../helpers/factories.ts';
import { createTestDeps } from '../helpers/test-db.ts';
import { createSmtpSink, type SmtpSink } from './helpers/smtp-sink.ts';

const FROM = 'help@linen.example';
const fastRetry = { baseMs: 40, capMs: 400, maxAttempts: 50 };
let deps: Awaited<ReturnType<typeof createTestDeps>>;
let sink: SmtpSink;

before(async () => {
  deps = await createTestDeps();
  sink = await createSmtpSink(undefined, { rejectRecipients: ['gone@customer.example'] });
});
after(async () => {
  await sink.stop();
  await deps.cleanup();
});

const customerMail = (i: number, from = `buyer${i}@customer.example`) =>
  Buffer.from(
    [
      `From: ${from}`,
      'To: help@linen.example',
      `Subject: Order ${7000 + i} question`,
      `Message-ID: <outbox-${i}@customer.example>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      `Hello, when will order ${7000 + i} ship?`,
      '',
    ].join('\r\n'),
  );

/** Runs two workers side by side until the outbox is idle (or `done` says so), at most `untilMs`. */
async function drainOutbox(
  mailer: ReturnType<typeof createSmtpMailer>,
  untilMs: number,
  done = () => isOutboxIdle(deps),
  workers = 2,
): Promise<void> {
  const deadline = Date.now() + untilMs;
  while (Date.now() < deadline && !(await done())) {
    await Promise.all(Array.from({ length: workers }, () => runOutbox(deps, mailer, fastRetry)));
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('SMTP down while replies are sent, back up later: every reply delivered exactly once, threaded', async () => {
  const store = await buildStore(deps, { name: 'Linen & Co' });
  const agent = await buildUser(deps, store.id);
  const actor = { userId: agent.id, storeId: store.id, role: agent.role, name: agent.name, via: 'session' as const };
  const count = 6;
  const caseIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await ingestMail(deps, store.id, customerMail(i), FROM);
    assert.ok(result.kind === 'stored');
    caseIds.push(result.caseId);
    await replyToCase(deps, actor, result.caseId, {
      body: `Thank you for writing. Your order ${7000 + i} leaves our warehouse tomorrow morning.`,
      direction: 'out',
      override: true,
    });
  }
  assert.equal(await queueEmailReplies(deps, FROM), count, 'one mail per agent reply');
  assert.equal(await queueEmailReplies(deps, FROM), 0, 'queued once');

  const mailer = createSmtpMailer({ host: '127.0.0.1', port: sink.port, secure: false });
  // While the server is down, every mail is tried at least twice (backoff 40 ms, 80 ms …).
  const triedTwice = async () =>
    (await deps.db.select().from(mailOutbox).where(inArray(mailOutbox.caseId, caseIds))).every((m) => m.attempts >= 2);
  await drainOutbox(mailer, 10_000, triedTwice);
  const waiting = await deps.db.select().from(mailOutbox).where(inArray(mailOutbox.caseId, caseIds));
  assert.equal(waiting.length, count * 2, 'acknowledgement + reply per case');
  assert.ok(
    waiting.every((m) => m.status === 'queued' && m.attempts >= 2 && m.lastError),
    'retried while the server is down',
  );
  assert.equal(sink.received.length, 0);

  await sink.start();
  await drainOutbox(mailer, 15_000);
  mailer.close();
  const sent = await deps.db.select().from(mailOutbox).where(inArray(mailOutbox.caseId, caseIds));
  assert.ok(sent.every((m) => m.status === 'sent'));
  const delivered = sink.received.map((m) => m.messageId).filter((id) => sent.some((s) => s.messageId === id));
  assert.equal(delivered.length, count * 2, 'every mail delivered');
  assert.equal(new Set(delivered).size, count * 2, 'none twice');
  const reply = sink.received.find((m) => m.text.includes('order 7003 leaves'));
  assert.ok(reply);
  assert.equal(reply.inReplyTo, '<outbox-3@customer.example>');
  assert.ok(reply.references.includes('<outbox-3@customer.example>'));
  assert.match(reply.subject, /^Re: \[#C-[0-9a-f]{8}\] Order 7003 question$/);
  assert.deepEqual(reply.to, ['buyer3@customer.example']);

  // The customer answers the reply: it lands on the same case.
  const answer = Buffer.from(
    [
      'From: buyer3@customer.example',
      `Subject: ${reply.subject}`,
      'Message-ID: <outbox-3-answer@customer.example>',
      `In-Reply-To: ${reply.messageId}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Great, thanks!',
      '',
    ].join('\r\n'),
  );
  const threaded = await ingestMail(deps, store.id, answer, FROM);
  assert.ok(threaded.kind === 'stored' && threaded.caseId === caseIds[3] && threaded.threaded);
});

test('a permanent refusal is not retried and shows on the case', async () => {
  await sink.start();
  const store = await buildStore(deps);
  const result = await ingestMail(deps, store.id, customerMail(99, 'gone@customer.example'), FROM);
  assert.ok(result.kind === 'stored');
  const mailer = createSmtpMailer({ host: '127.0.0.1', port: sink.port, secure: false });
  await drainOutbox(mailer, 5_000);
  mailer.close();
  const [row] = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.caseId, result.caseId));
  assert.equal(row?.status, 'failed');
  assert.equal(row?.attempts, 1);
  const notes = await deps.db.select().from(messages).where(eq(messages.caseId, result.caseId));
  assert.ok(
    notes.some(
      (m) =>
        m.direction === 'note' && /could not be delivered/.test(m.body) && m.body.includes('gone@customer.example'),
    ),
  );
});
