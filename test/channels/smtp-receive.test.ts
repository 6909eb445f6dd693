// SMTP intake: mail delivered over SMTP to the desk's receiver becomes a case; a message the desk
// could not store is refused with a temporary error (451) so the sending server keeps it and retries.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { ingestMail } from '../../src/channels/email/ingest-mail.ts';
import { startSmtpReceiver } from '../../src/channels/email/smtp-receive.ts';
import { cases } from '../../src/db/schema/index.ts';
import { buildStore } from '../helpers/factories.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let storeId: string;
let failNext = false;
let receiver: Awaited<ReturnType<typeof startSmtpReceiver>>;

before(async () => {
  deps = await createTestDeps();
  storeId = (await buildStore(deps)).id;
  receiver = await startSmtpReceiver({
    port: 0,
    host: '127.0.0.1',
    maxBytes: 5 * 1024 * 1024,
    ingest: async (raw) => {
      if (failNext) {
        failNext = false;
        throw new Error('database unavailable');
      }
      await ingestMail(deps, storeId, raw, 'help@linen.example');
    },
  });
});
after(async () => {
  await receiver.close();
  await deps.cleanup();
});

const transport = () =>
  nodemailer.createTransport({ host: '127.0.0.1', port: receiver.port, secure: false, ignoreTLS: true });

test('a GBK mail relayed over SMTP opens a Chinese case', async () => {
  const raw = readFileSync(new URL('../fixtures/mail/gbk-qp.eml', import.meta.url));
  await transport().sendMail({ envelope: { from: 'chen@customer.example', to: ['help@linen.example'] }, raw });
  const rows = await deps.db.select().from(cases).where(eq(cases.storeId, storeId));
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.language, 'zh-Hans');
  assert.equal(rows[0]?.subject, '杯子碎了');
});

test('when intake fails the sender gets a temporary refusal and nothing is half-stored', async () => {
  failNext = true;
  const raw = readFileSync(new URL('../fixtures/mail/koi8r-8bit.eml', import.meta.url));
  await assert.rejects(
    transport().sendMail({ envelope: { from: 'ivan@customer.example', to: ['help@linen.example'] }, raw }),
    (error: unknown) =>
      typeof error === 'object' && error !== null && 'responseCode' in error && error.responseCode === 451,
  );
  assert.equal((await deps.db.select().from(cases).where(eq(cases.storeId, storeId))).length, 1);
  await transport().sendMail({ envelope: { from: 'ivan@customer.example', to: ['help@linen.example'] }, raw });
  assert.equal(
    (await deps.db.select().from(cases).where(eq(cases.storeId, storeId))).length,
    2,
    'the retry is taken in',
  );
});
