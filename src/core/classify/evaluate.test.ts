import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateOutcomes } from './evaluate.ts';

test('evaluateOutcomes computes precision, recall, F1 and macro-F1 over present categories', () => {
  const result = evaluateOutcomes([
    { expected: 'damaged', predicted: 'damaged' },
    { expected: 'damaged', predicted: 'spoiled' },
    { expected: 'spoiled', predicted: 'spoiled' },
    { expected: 'general', predicted: 'general' },
  ]);
  const damaged = result.perClass.find((c) => c.category === 'damaged');
  const spoiled = result.perClass.find((c) => c.category === 'spoiled');
  assert.deepEqual([damaged?.precision, damaged?.recall, damaged?.support], [1, 0.5, 2]);
  assert.deepEqual([spoiled?.precision, spoiled?.recall], [0.5, 1]);
  assert.ok(Math.abs((damaged?.f1 ?? 0) - 2 / 3) < 1e-12);
  assert.ok(Math.abs(result.macroF1 - (2 / 3 + 2 / 3 + 1) / 3) < 1e-12);
  assert.equal(result.accuracy, 0.75);
  assert.deepEqual(result.confusions, [{ expected: 'damaged', predicted: 'spoiled', count: 1 }]);
});
