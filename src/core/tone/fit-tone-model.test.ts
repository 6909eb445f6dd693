import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitToneModel, naiveBayesScale, softmax } from './fit-tone-model.ts';

const options = { outputs: 3, epochs: 20, rate: 0.1, l2: 1e-4, positiveWeight: 1, seed: 1 };
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

test('learns which feature marks a problem and which output it belongs to', () => {
  const sentences = [
    ...Array.from({ length: 20 }, () => ({ features: ['w:blame', 'w:you'], targets: [1, 1, 0] as (0 | 1)[] })),
    ...Array.from({ length: 20 }, () => ({ features: ['w:sorry', 'w:you'], targets: [0, 0, 0] as (0 | 1)[] })),
  ];
  const { bias, weights } = fitToneModel(sentences, options);
  const score = (features: string[], output: number) =>
    features.reduce((sum, f) => sum + (weights.get(f)?.[output] ?? 0), bias[output] as number);
  assert.ok(sigmoid(score(['w:blame', 'w:you'], 0)) > 0.9);
  assert.ok(sigmoid(score(['w:sorry', 'w:you'], 0)) < 0.1);
  const kinds = softmax([score(['w:blame', 'w:you'], 1), score(['w:blame', 'w:you'], 2)]);
  assert.ok((kinds[0] as number) > 0.9, 'the kind softmax names the labelled kind');
});

test('a problem with no known kind teaches the problem output only', () => {
  const { weights } = fitToneModel([{ features: ['w:x'], targets: [1, undefined, undefined] }], options);
  assert.equal(weights.get('w:x')?.[1], 0);
  assert.ok((weights.get('w:x')?.[0] ?? 0) > 0);
});

test('the same data and seed fit the same weights', () => {
  const sentences = [
    { features: ['a', 'b'], targets: [1, 1, 0] as (0 | 1)[] },
    { features: ['b', 'c'], targets: [0, 0, 0] as (0 | 1)[] },
  ];
  const one = fitToneModel(sentences, options);
  const two = fitToneModel(sentences, options);
  assert.deepEqual([...(one.weights.get('b') ?? [])], [...(two.weights.get('b') ?? [])]);
});

test('naive-Bayes scale: a feature only problem sentences have weighs more than one both have', () => {
  const sentences = [
    { features: ['w:blame', 'w:the'], targets: [1, 1, 0] as (0 | 1)[] },
    { features: ['w:blame', 'w:the'], targets: [1, 1, 0] as (0 | 1)[] },
    { features: ['w:sorry', 'w:the'], targets: [0, 0, 0] as (0 | 1)[] },
    { features: ['w:sorry', 'w:the'], targets: [0, 0, 0] as (0 | 1)[] },
  ];
  const scale = naiveBayesScale(sentences, 1);
  assert.ok((scale.get('w:blame') as number) > 0.5);
  assert.equal(scale.get('w:the'), 0);
});
