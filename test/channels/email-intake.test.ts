// Email in: the corpus taken in through ingestMail on a real database — cases in the right language,
// threading onto the case, idempotence, auto-replies and bounces set aside, acknowledgements queued.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { ingestMail } from '../../src/channels/email/ingest-mail.ts';
import { mailOutbox } from '../../src/db/schema/channels.ts';
import { attachments, cases, messages } from '../../src/db/schema/index.ts';
import { buildStore } from '../helpers/factories.ts';
import { createTestDeps } from '../helpers/test-db.ts';

const FROM = 'Linen & Co <help@linen.example>';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/mail/${name}`, import.meta.url));
/** The same fixture from another sender with another Message-ID (bytes outside the headers untouched). */
const variant = (name: string, pairs: [string, string][]) =>
  Buffer.from(
    pairs.reduce((text, [from, to]) => text.replace(from, to), fixture(name).toString('latin1')),
    'latin1',
  );
let deps: Awaited<ReturnType<typeof createTestDeps>>;
let storeId: string;

before(async () => {
  deps = await createTestDeps();
  storeId = (await buildStore(deps, { name: 'Linen & Co', language: 'en' })).id;
});
after(() => deps.cleanup());

const caseOf = async (id: string) => (await deps.db.select().from(cases).where(eq(cases.id, id)))[0];

test('each customer mail opens a case in its language, acknowledged in that language', async () => {
  const expected: [string, string, RegExp][] = [
    ['gb2312-base64.eml', 'zh-Hans', /我们已经收到您的消息/],
    ['big5-qp.eml', 'zh-Hant', /我們已經收到您的訊息/],
    ['koi8r-8bit.eml', 'ru', /Мы получили ваше сообщение/],
    ['utf8-multipart-photo.eml', 'en', /We have your message/],
  ];
  for (const [file, language, ack] of expected) {
    const result = await ingestMail(deps, storeId, fixture(file), FROM);
    assert.equal(result.kind, 'stored', file);
    if (result.kind !== 'stored') continue;
    assert.equal(result.caseCreated, true, file);
    const kase = await caseOf(result.caseId);
    assert.equal(kase?.language, language, file);
    assert.equal(kase?.channel, 'email');
    const [mail] = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.caseId, result.caseId));
    assert.equal(mail?.kind, 'acknowledgement', file);
    assert.match(mail?.bodyText ?? '', ack, file);
    assert.match(mail?.subject ?? '', /^\[#C-[0-9a-f]{8}\] /);
    assert.equal(mail?.inReplyTo, result.messageId, 'the acknowledgement answers the customer mail');
  }
});

test('the same mail twice is stored once', async () => {
  const first = await ingestMail(deps, storeId, fixture('gbk-qp.eml'), FROM);
  const second = await ingestMail(deps, storeId, fixture('gbk-qp.eml'), FROM);
  assert.ok(first.kind === 'stored' && second.kind === 'stored');
  assert.equal(second.duplicate, true);
  assert.equal(second.caseId, first.caseId);
  const stored = await deps.db
    .select()
    .from(messages)
    .where(and(eq(messages.storeId, storeId), eq(messages.externalId, first.messageId)));
  assert.equal(stored.length, 1);
  const acks = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.caseId, first.caseId));
  assert.equal(acks.length, 1);
});

test('photos are kept as evidence on the message', async () => {
  const result = await ingestMail(
    deps,
    storeId,
    variant('utf8-multipart-photo.eml', [
      ['utf8-photo-1@', 'utf8-photo-2@'],
      ['jane@', 'jim@'],
    ]),
    FROM,
  );
  assert.equal(result.kind, 'stored');
  if (result.kind !== 'stored') return;
  const [msg] = await deps.db
    .select()
    .from(messages)
    .where(and(eq(messages.storeId, storeId), eq(messages.externalId, result.messageId)));
  const files = await deps.db
    .select()
    .from(attachments)
    .where(eq(attachments.messageId, msg?.id ?? ''));
  assert.deepEqual(
    files.map((f) => [f.kind, f.name, f.contentType]),
    [['photo', 'mug.jpg', 'image/jpeg']],
  );
  assert.ok((files[0]?.size ?? 0) > 100);
});

test('auto-replies and bounces never open a case', async () => {
  const before = (await deps.db.select({ id: cases.id }).from(cases).where(eq(cases.storeId, storeId))).length;
  for (const file of ['auto-reply-zh.eml', 'auto-reply-ru.eml', 'out-of-office-en.eml', 'bounce.eml']) {
    const result = await ingestMail(deps, storeId, fixture(file), FROM);
    assert.equal(result.kind, 'ignored', file);
  }
  const afterCount = (await deps.db.select({ id: cases.id }).from(cases).where(eq(cases.storeId, storeId))).length;
  assert.equal(afterCount, before);
});

test('a reply to our mail lands on the same case, even with another subject and no order number', async () => {
  const opened = await ingestMail(deps, storeId, fixture('cp1251-html-only.eml'), FROM);
  assert.ok(opened.kind === 'stored');
  const [ack] = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.caseId, opened.caseId));
  const reply = [
    'From: olga@customer.example',
    'To: help@linen.example',
    'Subject: =?utf-8?B?0J7RgtCy0LXRgg==?=',
    'Message-ID: <olga-reply-1@mail.customer.example>',
    `In-Reply-To: ${ack?.messageId}`,
    `References: ${opened.messageId} ${ack?.messageId}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Фото прикладываю позже.',
    '',
  ].join('\r\n');
  const threaded = await ingestMail(deps, storeId, Buffer.from(reply), FROM);
  assert.ok(threaded.kind === 'stored');
  assert.equal(threaded.threaded, true);
  assert.equal(threaded.caseId, opened.caseId);
  assert.equal(threaded.caseCreated, false);
});

test('a case reference in the subject threads only for that case customer', async () => {
  const opened = await ingestMail(
    deps,
    storeId,
    variant('koi8r-8bit.eml', [
      ['koi8r-1@', 'koi8r-2@'],
      ['ivan@', 'ivan2@'],
    ]),
    FROM,
  );
  assert.ok(opened.kind === 'stored');
  const ref = opened.caseId.replace(/-/g, '').slice(0, 8);
  const mail = (from: string, id: string) =>
    Buffer.from(
      [
        `From: ${from}`,
        `Subject: Re: [#C-${ref}] update`,
        `Message-ID: <${id}@x.example>`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Посылка пришла, спасибо',
        '',
      ].join('\r\n'),
    );
  const same = await ingestMail(deps, storeId, mail('ivan2@customer.example', 'ref-same'), FROM);
  assert.ok(same.kind === 'stored' && same.caseId === opened.caseId && same.threaded);
  const stranger = await ingestMail(deps, storeId, mail('stranger@else.example', 'ref-stranger'), FROM);
  assert.ok(stranger.kind === 'stored');
  assert.notEqual(stranger.caseId, opened.caseId);
});

test('a bounce of our mail marks it failed and leaves a note on the case', async () => {
  const opened = await ingestMail(
    deps,
    storeId,
    variant('big5-qp.eml', [
      ['big5-1@', 'big5-bounce@'],
      ['chan@', 'nobody@'],
    ]),
    FROM,
  );
  assert.ok(opened.kind === 'stored');
  const [ack] = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.caseId, opened.caseId));
  const bounce = Buffer.from(
    [
      'From: MAILER-DAEMON@mx.customer.example',
      'To: help@linen.example',
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <bounce-2@mx.customer.example>',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'The mailbox nobody@customer.example does not exist.',
      '--b',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${ack?.messageId}`,
      'To: nobody@customer.example',
      '--b--',
      '',
    ].join('\r\n'),
  );
  const result = await ingestMail(deps, storeId, bounce, FROM);
  assert.equal(result.kind, 'ignored');
  const [failed] = await deps.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.id, ack?.id ?? ''));
  assert.equal(failed?.status, 'failed');
  const notes = await deps.db.select().from(messages).where(eq(messages.caseId, opened.caseId));
  assert.ok(notes.some((m) => m.direction === 'note' && m.body.startsWith('Email to nobody@customer.example bounced')));
});
