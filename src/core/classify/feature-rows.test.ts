import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRowFinder } from './feature-rows.ts';
import { extractFeatures } from './features.ts';
import { normalizeText } from './normalize-text.ts';

const messages = [
  'Where is my parcel? It has not moved for a week!',
  '我的快递到哪了？已经一周没有更新了',
  '包裹還沒到，請幫我查一下物流',
  'Где моя посылка? Трек не обновляется уже неделю',
  'parcel parcel where where',
  '',
];

test('the row finder gives the rows of extractFeatures, known ones only, each once, in order', () => {
  // A vocabulary of every other feature of these messages, so some are known and some are not.
  const all = [...new Set(messages.flatMap((m) => extractFeatures(normalizeText(m))))];
  const index = new Map(all.filter((_, i) => i % 2 === 0).map((f, row) => [f, row]));
  const findRows = createRowFinder(index);
  for (const message of [...messages, ...messages]) {
    const normalized = normalizeText(message);
    const expected = extractFeatures(normalized).flatMap((f) => {
      const row = index.get(f);
      return row === undefined ? [] : [row];
    });
    assert.deepEqual(findRows(normalized), expected, message);
  }
});
