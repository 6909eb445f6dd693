import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_POLICY } from './default-policy.ts';
import { resolvePolicy } from './resolve-policy.ts';

test('resolvePolicy: defaults of the seeds, overrides per store, bad values ignored', () => {
  assert.deepEqual(resolvePolicy(undefined), DEFAULT_POLICY);
  assert.equal(DEFAULT_POLICY.goodwillLimit, 5000);
  const policy = resolvePolicy({
    goodwillLimit: 8000,
    stalledAfterDays: -1,
    returnWindowDays: Number.NaN,
    personalizationCustomerErrorDefault: 'redo_free',
  });
  assert.deepEqual(
    [
      policy.goodwillLimit,
      policy.stalledAfterDays,
      policy.returnWindowDays,
      policy.personalizationCustomerErrorDefault,
    ],
    [8000, 5, 30, 'redo_free'],
  );
  assert.equal(resolvePolicy({ elevatedRiskClaimRate: 25 }).elevatedRiskClaimRate, 0.25);
});
