import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { detectLanguage } from './detect-language.ts';
import { countHanVariants, foldToSimplified } from './han-variants.ts';

const table: Array<[string, string]> = [
  ['在吗？东西怎么还没收到', 'zh-Hans'],
  ['你們好，我訂的貨還沒到', 'zh-Hant'],
  ['好的', 'zh-Hans'],
  ['Where is my parcel?', 'en'],
  ['亲 the parcel is broken', 'en'],
  ['我的 order 还没到', 'zh-Hans'],
  ['Здравствуйте, где мой заказ?', 'ru'],
  ['Привіт, де моє замовлення?', 'uk'],
  ['Добры дзень, дзе мая пасылка?', 'be'],
  ['Здравейте, къде е пратката ми?', 'bg'],
  ['Hola, mi pedido no llegó', 'es'],
  ['Olá, o meu pedido não chegou', 'pt'],
  ['Ola, o meu pedido aínda non chegou', 'gl'],
  ['注文した商品が届きません', 'ja'],
  ['주문이 안 왔어요', 'ko'],
  ['JD88001', 'und'],
  ['👍🙏', 'und'],
  ['', 'und'],
  ['ok', 'en'],
];

test('detectLanguage names the language of short and tricky messages', () => {
  for (const [text, expected] of table) assert.equal(detectLanguage(text), expected, text);
});

test('Traditional characters fold to Simplified and are counted apart', () => {
  assert.equal(foldToSimplified('這個貨還沒到'), '这个货还没到');
  assert.deepEqual(countHanVariants('这個'), { simplified: 1, traditional: 1 });
});

for (const [file, minimum] of [
  ['heldout.jsonl', 120],
  ['eval.jsonl', 250],
] as const) {
  test(`accuracy on corpus/language/${file} stays at or above 0.97`, () => {
    const rows = readFileSync(new URL(`../../../corpus/language/${file}`, import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line): { text: string; language: string } => JSON.parse(line));
    const correct = rows.filter((r) => detectLanguage(r.text) === r.language).length;
    assert.ok(rows.length >= minimum);
    assert.ok(correct / rows.length >= 0.97, `accuracy ${correct}/${rows.length}`);
  });
}

test('very long input is detected in bounded time', () => {
  const start = performance.now();
  assert.equal(detectLanguage('где мой заказ '.repeat(50_000)), 'ru');
  assert.ok(performance.now() - start < 1000);
});
