import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceFeatures } from './sentence-features.ts';

test('English: words, word pairs, the opening and the question mark', () => {
  const features = sentenceFeatures('did you even read the listing?');
  for (const f of ['w:even', 'b:you even', 's:did you', 'p:?']) assert.ok(features.includes(f), f);
});

test('Chinese: character pairs and triples, no word features', () => {
  const features = sentenceFeatures('别人都没有问题');
  for (const f of ['h:别人', 'h:没有问', 's:别人']) assert.ok(features.includes(f), f);
  assert.ok(!features.some((f) => f.startsWith('w:')));
});

test('Russian: character 4-grams carry the word endings', () => {
  const features = sentenceFeatures('вы сами виноваты');
  assert.ok(features.includes('c:сами'));
  assert.ok(features.includes('b:сами виноваты'));
});

test('numbers never become features of their own', () => {
  const one = sentenceFeatures('order 12345 left on 3 may');
  const two = sentenceFeatures('order 98 left on 17 may');
  assert.deepEqual(one, two);
});
