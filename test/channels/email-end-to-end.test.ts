// The "done when" for email, with everything real: a customer's mail lands in the store's
// Dovecot mailbox, the running worker (startChannels) takes it in over IMAP as a case with the right
// language and category, the acknowledgement and then the agent's reply (sent through the HTTP API)
// arrive in the customer's mailbox (an SMTP server) threaded on the customer's mail.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { ImapFlow } from 'imapflow';
import { readChannelsConfig } from '../../src/channels/channels-config.ts';
import { startChannels } from '../../src/channels/start-channels.ts';
import { cases, messages } from '../../src/db/schema/index.ts';
import { buildStore, buildUser } from '../helpers/factories.ts';
import { createClient, startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';
import { createDovecot, type Dovecot, dovecotMissing } from './helpers/dovecot.ts';
import { createSmtpSink, type SmtpSink } from './helpers/smtp-sink.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let dovecot: Dovecot;
let sink: SmtpSink;

before(async () => {
  if (dovecotMissing) return;
  deps = await createTestDeps();
  dovecot = await createDovecot();
  await dovecot.start();
  sink = await createSmtpSink();
  await sink.start();
});
after(async () => {
  if (dovecotMissing) return;
  await sink.stop();
  await dovecot.cleanup();
  await deps.cleanup();
});

test('mail in over IMAP → case → acknowledgement and agent reply out over SMTP, in one thread', {
  skip: dovecotMissing,
}, async () => {
  const store = await buildStore(deps, { name: 'Linen & Co', language: 'en' });
  const agent = await buildUser(deps, store.id);
  const server = await startApp(deps);
  const channels = startChannels(deps, {
    ...readChannelsConfig({
      MAIL_STORE_ID: store.id,
      MAIL_FROM: 'Linen & Co <help@linen.example>',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      IMAP_HOST: '127.0.0.1',
      IMAP_PORT: String(dovecot.port),
      IMAP_SECURE: 'false',
      IMAP_USER: dovecot.user,
      IMAP_PASS: dovecot.password,
      IMAP_POLL_MS: '200',
      WORKER_POLL_MS: '100',
    }),
  });
  try {
    const imap = new ImapFlow({
      host: '127.0.0.1',
      port: dovecot.port,
      secure: false,
      auth: { user: dovecot.user, pass: dovecot.password },
      logger: false,
    });
    await imap.connect();
    await imap.append(
      'INBOX',
      Buffer.from(
        [
          'From: =?utf-8?B?546L5bCP5piO?= <wang@customer.example>',
          'To: help@linen.example',
          'Subject: =?utf-8?B?6K6i5Y2V5bCR5LqG5Lic6KW/?=',
          'Message-ID: <e2e-1@customer.example>',
          'Content-Type: text/plain; charset=utf-8',
          '',
          '您好，我昨天收到了订单，但是里面少了两包餐巾纸，箱子没有被打开过。',
          '',
        ].join('\r\n'),
      ),
    );
    await imap.logout();

    await sink.waitFor(1, 20_000);
    const ack = sink.received[0];
    assert.ok(ack);
    assert.deepEqual(ack.to, ['wang@customer.example']);
    assert.equal(ack.inReplyTo, '<e2e-1@customer.example>');
    assert.match(ack.text, /我们已经收到您的消息/);
    assert.match(ack.raw.toString('latin1'), /^Auto-Submitted: auto-replied/im);
    const [kase] = await deps.db.select().from(cases).where(eq(cases.storeId, store.id));
    assert.ok(kase);
    assert.equal(kase.language, 'zh-Hans');
    assert.equal(kase.category, 'missing_items');

    const client = createClient(server.baseUrl);
    await client.login(agent.email, agent.password);
    const reply = await client.post(`/cases/${kase.id}/messages`, {
      body: '您好！非常抱歉给您带来不便，我们今天就为您补发两包餐巾纸。',
      override: true,
    });
    assert.equal(reply.status, 201);
    await sink.waitFor(2, 20_000);
    const answer = sink.received[1];
    assert.ok(answer);
    assert.match(answer.text, /今天就为您补发/);
    assert.equal(answer.inReplyTo, '<e2e-1@customer.example>');
    assert.ok(answer.references.includes(ack.messageId), 'the thread holds the acknowledgement too');
    assert.match(answer.subject, /^Re: \[#C-[0-9a-f]{8}\] 订单少了东西$/);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(sink.received.length, 2, 'nothing sent twice');
    const stored = await deps.db.select().from(messages).where(eq(messages.caseId, kase.id));
    assert.equal(stored.filter((m) => m.direction === 'in').length, 1, 'polled many times, taken in once');
  } finally {
    await (await channels).stop();
    await server.close();
  }
});
