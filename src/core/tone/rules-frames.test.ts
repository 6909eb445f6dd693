import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTone, type ToneKind } from './check-tone.ts';

// The sentence frames (rules-*-frames.ts): each accusation frame is caught, and its warm twin, built
// from the same words, passes clean.
// The rules alone: these are the frames' own examples (the learned scorer has its own tests).
const kinds = (text: string) => checkTone(text, { learned: false }).issues.map((i) => i.kind);

test('sentence frames catch accusation, refusal, contradiction and irony in every language', () => {
  const table: [string, ToneKind][] = [
    ['You must have chosen the wrong size yourself.', 'blaming_customer'],
    ['The wrong address came from you, not from us.', 'blaming_customer'],
    ['We have answered this three times already and won’t be answering again.', 'dismissive'],
    ['That can’t be, we always double-check every order.', 'rebuttal'],
    ['Sure, the parcel just vanished into thin air. Obviously.', 'sarcasm'],
    ['您当时要是放冰箱，就不会坏了。', 'blaming_customer'],
    ['我們已經說得很清楚了，不會再回覆這個問題。', 'dismissive'],
    ['我们发出去的时候包装是完好的，这个我们可以确定。', 'rebuttal'],
    ['您签收的时候怎么没发现有裂痕呢？', 'rhetorical_question'],
    ['Размер вы выбирали сами, мы отправили то, что заказано.', 'blaming_customer'],
    ['Мы уже трижды ответили и больше обсуждать это не будем.', 'dismissive'],
    ['Не может быть, мы проверяем каждый заказ перед отправкой.', 'rebuttal'],
    ['Разумеется, во всём опять виноват магазин.', 'sarcasm'],
    ['Вы ведь в курсе, что срок возврата закончился?', 'rhetorical_question'],
  ];
  for (const [text, kind] of table) assert.ok(kinds(text).includes(kind), `${kind} expected in: ${text}`);
});

test('the warm twin of each frame passes clean', () => {
  const clean = [
    'I’m so sorry, we should have packed the vase better. A replacement is on its way today.',
    'You should have the tracking link in your inbox now; tell me if it isn’t there.',
    'You didn’t do anything wrong — the size chart on that page was misleading, and we’ve corrected it.',
    'If you forgot to add the voucher, no problem, I’ll apply it now.',
    'Why don’t you keep it, and I’ll refund half the price straight away?',
    'Sure, I can change the colour to grey for you before it ships.',
    'Congratulations on your new kitchen! I’m sorry the kettle arrived dented; a new one ships tomorrow.',
    '恭喜您乔迁新居！水壶有凹痕真的很抱歉，新的明天发出。',
    '新的这台发货前测试过，收到就能用，有问题随时告诉我。',
    '快递怎么没先打电话？我已经问他们了，下次派送前一定先联系您。',
    '发货前修改地址完全没问题。',
    'Поздравляем с новосельем! Жаль, что чайник пришёл с вмятиной, новый отправим завтра.',
    'Разумеется, обмен бесплатный, курьер заберёт коробку сам.',
    'Вы ни в чём не виноваты: таблица размеров была неточной, мы её уже исправили.',
  ];
  for (const text of clean) assert.deepEqual(kinds(text), [], `expected no issue in: ${text}`);
});
