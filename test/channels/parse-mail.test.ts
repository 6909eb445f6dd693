// The email corpus (test/fixtures/mail) decoded end to end: every charset customers use, HTML-only
// mail, attachments, malformed and unlabelled headers, auto-replies and bounces.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { parseMail } from '../../src/channels/email/parse-mail.ts';
import { decodeUnknownBytes } from '../../src/channels/email/sniff-charset.ts';
import {
  findCaseRef,
  formatCaseRef,
  formatReplySubject,
  parseMessageIds,
} from '../../src/channels/email/thread-keys.ts';

const load = (name: string) => parseMail(readFileSync(new URL(`../fixtures/mail/${name}`, import.meta.url)), name);

const decoded: [string, string, string][] = [
  ['gb2312-base64.eml', '订单少了东西', '里面少了两包餐巾纸'],
  ['gbk-qp.eml', '杯子碎了', '我是陈喆，朱镕先生'],
  ['gb18030-8bit.eml', '显示已签收但没收到', '生僻字𠀀'],
  ['gb2312-mislabelled-gbk.eml', '重新发货', '镕的快递被退回了'],
  ['big5-qp.eml', '訂單什麼時候寄出', '我下週要出國'],
  ['koi8r-8bit.eml', 'Где мой заказ?', 'трек-номер не обновляется'],
  ['cp1251-html-only.eml', 'Не тот цвет', 'синюю футболку вместо зелёной'],
  ['malformed-headers.eml', 'Возврат денег за заказ A2002', 'не подошёл по размеру'],
  ['unlabelled-8bit-gbk.eml', '退款还没到账', '钱还没有退回来'],
  ['unlabelled-8bit-cp1251.eml', 'Курьер нагрубил', 'нагрубил мне по телефону'],
];

for (const [file, subject, fragment] of decoded) {
  test(`decodes ${file}`, async () => {
    const mail = await load(file);
    assert.equal(mail.kind, 'message');
    assert.equal(mail.subject, subject);
    assert.ok(mail.text.includes(fragment), mail.text);
    assert.ok(!mail.text.includes('\uFFFD'));
  });
}

test('HTML-only mail becomes text without markup, styles or scripts', async () => {
  const mail = await load('cp1251-html-only.eml');
  assert.doesNotMatch(mail.text, /<|color:red|var x/);
});

test('names in encoded words are decoded; a broken encoded word is not shown as a name', async () => {
  assert.equal((await load('koi8r-8bit.eml')).fromName, 'Иван Петров');
  assert.equal((await load('gb2312-base64.eml')).fromName, '王小明');
  const broken = await load('malformed-headers.eml');
  assert.equal(broken.fromAddress, 'masha@customer.example');
  assert.equal(broken.fromName, '');
  assert.equal(broken.messageId, '<malformed-1@mail.customer.example>');
});

test('attachments are kept as evidence, photos recognised', async () => {
  const mail = await load('utf8-multipart-photo.eml');
  assert.equal(mail.attachments.length, 1);
  assert.deepEqual([mail.attachments[0]?.kind, mail.attachments[0]?.name], ['photo', 'mug.jpg']);
  assert.equal(mail.attachments[0]?.content.subarray(0, 2).toString('hex'), 'ffd8');
  assert.match(mail.text, /crack along the handle/);
});

test('auto-replies and bounces are recognised', async () => {
  for (const file of ['auto-reply-zh.eml', 'auto-reply-ru.eml', 'out-of-office-en.eml'])
    assert.equal((await load(file)).kind, 'auto_reply', file);
  assert.equal((await load('bounce.eml')).kind, 'bounce');
});

test('a reply carries its thread keys and loses its quoted history', async () => {
  const mail = await load('reply-threaded.eml');
  assert.equal(mail.caseRef, '4f2a9c01');
  assert.deepEqual(mail.inReplyTo, ['<out-1@desk.shop.example>']);
  assert.deepEqual(mail.references, ['<utf8-photo-1@mail.customer.example>', '<out-1@desk.shop.example>']);
  assert.equal(mail.text, 'Thanks, a replacement is fine.');
});

test('a mail without Message-ID gets the fallback id, so intake stays idempotent', async () => {
  const mail = await parseMail(Buffer.from('From: a@b.example\r\nSubject: hi\r\n\r\nhello\r\n'), 'sha-123');
  assert.equal(mail.messageId, '<sha-123@intake.aftersales>');
});

test('unknown bytes: each charset is told apart', () => {
  const samples: [string, string][] = [
    ['Здравствуйте, где посылка', 'koi8-r'],
    ['Здравствуйте, где посылка', 'windows-1251'],
    ['包裹還沒收到，請幫忙查詢', 'big5'],
    ['包裹还没收到，请帮忙查询', 'gbk'],
    ['Crème brûlée — 退款', 'utf8'],
  ];
  for (const [text, charset] of samples)
    assert.equal(decodeUnknownBytes(iconv.encode(text, charset)).text, text, charset);
});

test('case references and reply subjects', () => {
  const id = '4F2A9C01-0000-4000-8000-000000000000';
  assert.equal(formatCaseRef(id), '[#C-4f2a9c01]');
  assert.equal(findCaseRef('回复: [#C-4f2a9c01] 杯子碎了'), '4f2a9c01');
  assert.equal(findCaseRef('Order 42'), undefined);
  assert.equal(formatReplySubject('杯子碎了', id), 'Re: [#C-4f2a9c01] 杯子碎了');
  assert.equal(formatReplySubject('Re: RE: [#C-4f2a9c01] mug', id), 'Re: [#C-4f2a9c01] mug');
  assert.deepEqual(parseMessageIds('<a@X.Example> junk <b@y>'), ['<a@x.example>', '<b@y>']);
});

test('control characters from broken clients are removed (PostgreSQL refuses NUL in text)', async () => {
  const mail = await parseMail(
    Buffer.from(
      'From: a@b.example\r\nSubject: hi\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhel\u0000lo\u0007 there\tyou\r\n',
    ),
    'nul',
  );
  assert.equal(mail.text, 'hello there\tyou');
});
