import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildBayesModel, countFeatures, scoreBayes } from './naive-bayes.ts';

test('naive Bayes prefers the class whose features a message shares', () => {
  const stored = countFeatures(
    [
      { features: ['a', 'b'], label: 0 },
      { features: ['a', 'c'], label: 0 },
      { features: ['x', 'y'], label: 1 },
      { features: ['x', 'c'], label: 1 },
    ],
    2,
    0.5,
    1,
  );
  assert.deepEqual(stored.features, ['a', 'b', 'c', 'x', 'y']);
  assert.equal(stored.counts[2], '0:1 1:1');
  const model = buildBayesModel(stored);
  const [a0, a1] = scoreBayes(model, ['a', 'b', 'unknown']);
  const [x0, x1] = scoreBayes(model, ['x']);
  assert.ok((a0 ?? 0) > (a1 ?? 0));
  assert.ok((x1 ?? 0) > (x0 ?? 0));
});

test('features seen in fewer than minDocs messages are dropped', () => {
  const stored = countFeatures(
    [
      { features: ['rare', 'common'], label: 0 },
      { features: ['common'], label: 0 },
    ],
    1,
    1,
    2,
  );
  assert.deepEqual(stored.features, ['common']);
});
