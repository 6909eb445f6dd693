import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATEGORIES, type Category } from '../types.ts';
import { classifyText } from './classify-text.ts';

// The priority rules of the brief: what a message is about when it mentions several things.
const table: Array<[string, Category]> = [
  ['Tracking says delivered but I never got it', 'delivered_not_received'],
  ['物流显示已签收，可是我根本没收到', 'delivered_not_received'],
  ['В трекинге написано вручено, но я ничего не получала', 'delivered_not_received'],
  ['Where is my order? Any update?', 'order_status'],
  ['半个月了还没收到，物流一直停在郑州不动', 'delayed_or_lost'],
  ['The jacket is the wrong colour, I ordered red', 'wrong_item'],
  ['I ordered 4 and only 3 were in the box', 'missing_items'],
  ['鸡腿打开就臭了', 'spoiled'],
  ['Мясо испортилось, воняет', 'spoiled'],
  ['The plate arrived broken', 'damaged'],
  ['收到的杯子碎了', 'damaged'],
  ['Всё разбито', 'damaged'],
  ['The courier was rude and threw the box', 'courier_complaint'],
  ['快递员态度太差了', 'courier_complaint'],
  ['Your support is rude and nobody replies', 'service_complaint'],
  ['商品质量不好，你们客服服务态度又这么差，冷嘲热讽的，我要给你差评！', 'service_complaint'],
  ['Can I change the delivery address?', 'change_info'],
  ['帮我改一下地址', 'change_info'],
  ['Хочу изменить адрес доставки', 'change_info'],
  ['I sent you a cheque, please ship when it clears', 'payment_issue'],
  ['Оплата не прошла, а деньги списали', 'payment_issue'],
  ['Hello!', 'general'],
  ['在吗', 'general'],
  ['Здравствуйте!', 'general'],
  ['我要退款', 'refund_request'],
  ['Please cancel my order', 'cancel_order'],
  ['Can I exchange it for a bigger size?', 'return_exchange'],
  ['The engraving has my initials in the wrong order', 'personalization_error'],
  ['Is this genuine? It looks fake', 'quality_doubt'],
];

test('classifyText follows the priority rules in zh, en and ru', () => {
  for (const [text, expected] of table) assert.equal(classifyText(text, 'und').category, expected, text);
});

test('Traditional and Simplified spellings of one message get the same category', () => {
  assert.equal(
    classifyText('顯示已簽收，但我根本沒收到', 'zh-Hant').category,
    classifyText('显示已签收，但我根本没收到', 'zh-Hans').category,
  );
});

test('a negated damage cue does not count as damage', () => {
  assert.notEqual(classifyText('The box was not damaged but one mug is missing', 'en').category, 'damaged');
});

test('scores are a probability over all 17 categories and confidence is the top one', () => {
  for (const text of ['', '👍', 'Where is my parcel?', '亲，东西碎了，怎么办']) {
    const result = classifyText(text, 'und');
    const values = CATEGORIES.map((c) => result.scores[c] ?? Number.NaN);
    assert.ok(
      values.every((v) => v >= 0 && v <= 1),
      text,
    );
    assert.ok(Math.abs(values.reduce((a, b) => a + b, 0) - 1) < 1e-9, text);
    assert.equal(result.confidence, Math.max(...values));
    assert.equal(result.scores[result.category], result.confidence);
  }
});

test('a clear message is classified with more confidence than a vague one', () => {
  const clear = classifyText('Tracking says delivered but nothing came, the parcel is not here', 'en');
  const vague = classifyText('hmm', 'en');
  assert.ok(clear.confidence > vague.confidence);
});

test('very long or hostile input is classified in bounded time', () => {
  for (const text of [
    'a'.repeat(200_000),
    '我'.repeat(100_000),
    '<b>refund</b>'.repeat(20_000),
    '\u0000'.repeat(50_000),
  ]) {
    const start = performance.now();
    const result = classifyText(text, 'und');
    assert.ok(CATEGORIES.includes(result.category));
    assert.ok(performance.now() - start < 1000, `${text.length} characters`);
  }
});
