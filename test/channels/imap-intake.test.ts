// IMAP intake against a real Dovecot on loopback: the corpus appended to the store's mailbox becomes
// cases; the server is killed in the middle of an intake pass and restarted — nothing lost, nothing
// duplicated.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { ImapFlow } from 'imapflow';
import type { ImapConfig } from '../../src/channels/email/imap-fetch.ts';
import { pollMailbox } from '../../src/channels/email/poll-mailbox.ts';
import { messages } from '../../src/db/schema/index.ts';
import { buildStore } from '../helpers/factories.ts';
import { createTestDeps } from '../helpers/test-db.ts';
import { createDovecot, type Dovecot, dovecotMissing } from './helpers/dovecot.ts';

const FROM = 'help@linen.example';
const corpusDir = new URL('../fixtures/mail/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.eml'))
  .sort();
const automated = new Set(['auto-reply-zh.eml', 'auto-reply-ru.eml', 'out-of-office-en.eml', 'bounce.eml']);

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let dovecot: Dovecot;
let imap: ImapConfig;

before(async () => {
  if (dovecotMissing) return;
  deps = await createTestDeps();
  dovecot = await createDovecot();
  await dovecot.start();
  imap = {
    host: '127.0.0.1',
    port: dovecot.port,
    secure: false,
    user: dovecot.user,
    pass: dovecot.password,
    mailbox: 'INBOX',
  };
});
after(async () => {
  if (dovecotMissing) return;
  await dovecot.cleanup();
  await deps.cleanup();
});

async function appendToMailbox(raws: Buffer[], mailbox = 'INBOX'): Promise<void> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
  });
  await client.connect();
  if (mailbox !== 'INBOX') await client.mailboxCreate(mailbox);
  for (const raw of raws) await client.append(mailbox, raw);
  await client.logout();
}

const inboundEmail = async (storeId: string) =>
  (
    await deps.db
      .select({ externalId: messages.externalId, direction: messages.direction })
      .from(messages)
      .where(eq(messages.storeId, storeId))
  )
    .filter((m) => m.direction === 'in')
    .map((m) => m.externalId ?? '');

test('the mail corpus fetched over IMAP becomes cases; auto-replies and bounces do not', {
  skip: dovecotMissing,
}, async () => {
  const store = await buildStore(deps, { name: 'Linen & Co' });
  await appendToMailbox(corpus.map((f) => readFileSync(new URL(f, corpusDir))));
  const processed = await pollMailbox(deps, store.id, imap, FROM);
  assert.equal(processed, corpus.length);
  const ids = await inboundEmail(store.id);
  assert.equal(ids.length, corpus.length - automated.size);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(await pollMailbox(deps, store.id, imap, FROM), 0, 'a second pass finds nothing new');
});

test('Dovecot killed mid-intake and restarted: no message lost, none duplicated', {
  skip: dovecotMissing,
}, async () => {
  const store = await buildStore(deps, { name: 'Second store' });
  const total = 40;
  const raws = Array.from({ length: total }, (_, i) =>
    Buffer.from(
      [
        `From: buyer${i % 7}@customer.example`,
        'To: help@linen.example',
        `Subject: Parcel question ${i}`,
        `Message-ID: <kill-test-${i}@customer.example>`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        `Where is my parcel, order ${9000 + i}? 包裹在哪里？`,
        '',
      ].join('\r\n'),
    ),
  );
  await appendToMailbox(raws, 'Second');
  const second = { ...imap, mailbox: 'Second' };
  // Kill the server as soon as a few messages have been taken in: the pass fails part-way.
  let killed = false;
  const watcher = setInterval(async () => {
    if (killed) return;
    if ((await inboundEmail(store.id)).length >= 5) {
      killed = true;
      await dovecot.kill();
    }
  }, 5);
  await assert.rejects(pollMailbox(deps, store.id, second, FROM));
  clearInterval(watcher);
  const partial = (await inboundEmail(store.id)).length;
  assert.ok(partial >= 5 && partial < total, `stopped part-way (${partial} of ${total})`);
  await dovecot.start();
  await pollMailbox(deps, store.id, second, FROM);
  const ids = await inboundEmail(store.id);
  assert.equal(ids.length, total, 'every message taken in');
  assert.equal(new Set(ids).size, total, 'none twice');
  assert.deepEqual([...ids].sort(), raws.map((_, i) => `<kill-test-${i}@customer.example>`).sort());
});
