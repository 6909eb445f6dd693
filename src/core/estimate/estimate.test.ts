import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TransitRecord } from '../types.ts';
import { estimateArrival } from './estimate-arrival.ts';
import { normFromHistory, percentile } from './history-norm.ts';
import { findTransitNorm } from './transit-norms.ts';

const NOW = Date.parse('2026-02-12T06:00:00Z');

test('findTransitNorm: carrier and service, aliases, defaults', () => {
  const rows: [string | undefined, string | undefined, number, boolean][] = [
    ['UPS', 'next_day_air', 2, true],
    ['UPS', 'Next Day Air', 2, true],
    ['UPS', 'unknown_service', 7, true],
    ['Почта России', undefined, 18, true],
    ['russian_post', 'first_class', 12, true],
    ['顺丰', undefined, 4, true],
    ['CDEK', 'express', 5, true],
    ['Acme Couriers', undefined, 10, false],
    [undefined, undefined, 10, false],
  ];
  for (const [carrier, service, p90, known] of rows) {
    const norm = findTransitNorm(carrier, service);
    assert.deepEqual([norm.p90Days, norm.known], [p90, known], `${carrier} ${service}`);
  }
});

test('estimateArrival quotes up to the 90th percentile, re-based once overdue', () => {
  const shipped = Date.parse('2026-02-09T10:00:00Z');
  const zto = estimateArrival({ carrier: 'ZTO', shippedAtMs: shipped, nowMs: NOW });
  assert.deepEqual(
    [zto.earliest, zto.latest, zto.overdue, zto.source],
    ['2026-02-12', '2026-02-15', false, 'carrier_norm'],
  );
  const late = estimateArrival({ carrier: 'ZTO', shippedAtMs: Date.parse('2026-01-20T00:00:00Z'), nowMs: NOW });
  assert.equal(late.overdue, true);
  assert.ok(late.earliest > '2026-02-12' && late.latest >= late.earliest);
  const unshipped = estimateArrival({ carrier: 'UPS', service: 'ground', nowMs: NOW });
  assert.deepEqual([unshipped.earliest, unshipped.latest], ['2026-02-14', '2026-02-20']);
});

test("the store's own history replaces the table once it has five shipments", () => {
  const history: TransitRecord[] = [2, 3, 3, 4, 9, 3, 3].map((days) => ({ carrier: 'zto', days }));
  const norm = normFromHistory(history, 'ZTO', undefined);
  assert.deepEqual(norm && [norm.minDays, norm.typicalDays, norm.p90Days, norm.samples], [2, 3, 9, 7]);
  assert.equal(normFromHistory(history.slice(0, 4), 'ZTO', undefined), null);
  const est = estimateArrival({ carrier: 'ZTO', shippedAtMs: Date.parse('2026-02-09T10:00:00Z'), nowMs: NOW, history });
  assert.deepEqual([est.source, est.latest], ['store_history', '2026-02-18']);
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90), 9);
});
