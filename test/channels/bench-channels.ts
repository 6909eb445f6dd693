// Throughput of the mail path on real servers (not a test): N mails appended to a Dovecot mailbox
// and taken in over IMAP, then the acknowledgements sent through the outbox to an SMTP server.
// Run: node --import tsx test/channels/bench-channels.ts   (N=200 by default; TEST_DATABASE_URL for PostgreSQL)
import { ImapFlow } from 'imapflow';
import { pollMailbox } from '../../src/channels/email/poll-mailbox.ts';
import { createSmtpMailer } from '../../src/channels/email/send-mail.ts';
import { runOutbox } from '../../src/jobs/handlers/send-mail-outbox.ts';
import { buildStore } from '../helpers/factories.ts';
import { createTestDeps } from '../helpers/test-db.ts';
import { createDovecot } from './helpers/dovecot.ts';
import { createSmtpSink } from './helpers/smtp-sink.ts';

const N = Number(process.env.N ?? 200);
const deps = await createTestDeps();
const store = await buildStore(deps);
const d = await createDovecot();
await d.start();
const c = new ImapFlow({
  host: '127.0.0.1',
  port: d.port,
  secure: false,
  auth: { user: d.user, pass: d.password },
  logger: false,
});
await c.connect();
for (let i = 0; i < N; i++)
  await c.append(
    'INBOX',
    Buffer.from(
      `From: b${i % 50}@c.example\r\nSubject: Order ${8000 + i}\r\nMessage-ID: <bench-${i}@c.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n订单 ${8000 + i} 还没到，请帮忙查一下。\r\n`,
    ),
  );
await c.logout();
let t = Date.now();
const n = await pollMailbox(
  deps,
  store.id,
  { host: '127.0.0.1', port: d.port, secure: false, user: d.user, pass: d.password, mailbox: 'INBOX' },
  'help@x.example',
);
const intakeMs = Date.now() - t;
const sink = await createSmtpSink();
await sink.start();
const mailer = createSmtpMailer({ host: '127.0.0.1', port: sink.port, secure: false });
t = Date.now();
let sent = 0;
while (true) {
  const r = await runOutbox(deps, mailer, { baseMs: 50, capMs: 500, maxAttempts: 5 }, 50);
  if (!r.sent && !r.retried) break;
  sent += r.sent;
}
const sendMs = Date.now() - t;
console.log(
  JSON.stringify({
    db: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
    imapMessages: n,
    intakeMs,
    perMessageMs: Math.round(intakeMs / n),
    mailsSent: sent,
    sendMs,
    perMailMs: Math.round(sendMs / sent),
    received: sink.received.length,
  }),
);
mailer.close();
await sink.stop();
await d.cleanup();
await deps.cleanup();
