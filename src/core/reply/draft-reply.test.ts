import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCaseFile } from '../../../test/engine/build-case.ts';
import { assessCase } from '../assess/assess-case.ts';
import type { CaseFile } from '../types.ts';
import { chooseReplyLanguage } from './draft-reply.ts';
import { formatDay } from './format-date.ts';

const reply = (over: Partial<CaseFile>) => assessCase(buildCaseFile(over)).reply;
const inTransit = {
  shipments: [
    {
      carrier: 'ZTO',
      trackingNo: 'ZTO123',
      shippedAt: '2026-06-08T10:00:00Z',
      events: [{ at: '2026-06-09T12:00:00Z', status: 'in_transit' as const }],
    },
  ],
};

test("chooseReplyLanguage: the customer's language, else the store's flagged for translation", () => {
  assert.deepEqual(chooseReplyLanguage('zh-Hant', 'en'), { language: 'zh-Hant', needsTranslation: false });
  assert.deepEqual(chooseReplyLanguage('es', 'ru'), { language: 'ru', needsTranslation: true });
  assert.deepEqual(chooseReplyLanguage('de', 'fr'), { language: 'en', needsTranslation: true });
  assert.deepEqual(chooseReplyLanguage('und', 'zh-Hans'), { language: 'zh-Hans', needsTranslation: false });
});

test('formatDay writes dates as people do in each language', () => {
  assert.equal(formatDay('2026-02-15', 'en'), 'February 15');
  assert.equal(formatDay('2026-02-15', 'zh-Hans'), '2月15日');
  assert.equal(formatDay('2026-02-15', 'ru'), '15 февраля');
  assert.equal(formatDay('not a date', 'en'), '');
});

test('a status reply carries carrier, tracking number and an honest window, never a promise', () => {
  const text = reply({
    ...inTransit,
    order: { ...buildCaseFile().order, id: 'O-1', status: 'shipped' },
    messages: [{ from: 'email:kim@example.com', text: 'Where is my order? When will it arrive?' }],
  }).text;
  assert.match(text, /ZTO123/);
  assert.match(text, /expected between June \d+ and June \d+/);
  assert.doesNotMatch(text, /guarantee|100%|definitely/i);
});

test('order details never reach a sender who is not the ordering identity', () => {
  for (const text of [
    'Where is order O-1 and what address is on it?',
    '订单O-1寄到哪里了？地址是什么？',
    'Куда отправлен заказ O-1? Какой там адрес?',
  ]) {
    const draft = reply({ ...inTransit, messages: [{ from: 'email:stranger@example.net', text }] }).text;
    for (const secret of ['1 Quiet Road', 'ZTO123', 'Napkins', '$45.00', 'Kim'])
      assert.ok(!draft.includes(secret), `${secret} in: ${draft}`);
  }
});

test('customer markup never comes back as markup', () => {
  const draft = reply({
    customer: { name: '<img src=x onerror=alert(1)>Kim<b>', identities: ['email:kim@example.com'] },
    messages: [{ from: 'email:kim@example.com', text: '<script>alert(1)</script> hello' }],
  });
  assert.doesNotMatch(draft.text, /[<>]/);
});

test('replies follow the customer: Chinese (both scripts), Russian, English', () => {
  const rows: [string, string, RegExp][] = [
    ['我的包裹怎么还没到？', 'zh-Hans', /您/],
    ['我的包裹怎麼還沒到？已經很多天了。', 'zh-Hant', /您/],
    ['Где моя посылка? Уже неделю жду.', 'ru', /Здравствуйте/],
    ['Where is my parcel?', 'en', /Hi Kim Lee/],
  ];
  for (const [text, language, pattern] of rows) {
    const draft = reply({ ...inTransit, messages: [{ from: 'email:kim@example.com', text }] });
    assert.equal(draft.language, language, text);
    assert.match(draft.text, pattern);
  }
});
