import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Order } from '../types.ts';
import { allocateProRata } from './allocate-pro-rata.ts';
import { computeRefund } from './compute-refund.ts';
import { formatMoney } from './format-money.ts';

test('allocateProRata splits by weight with largest remainders', () => {
  const rows: [number, number[], number[]][] = [
    [1200, [12000, 3000, 0], [960, 240, 0]],
    [100, [1, 1, 1], [34, 33, 33]],
    [7, [0, 0], [4, 3]],
    [0, [5, 5], [0, 0]],
    [10, [], []],
    [-5, [1, 2], [0, 0]],
    [3180, [29900, 1900], [2990, 190]],
    [1e12, [1e308, 1e308, 5], [5e11, 5e11, 0]], // weights that overflow a plain sum
  ];
  for (const [amount, weights, want] of rows)
    assert.deepEqual(allocateProRata(amount, weights), want, `${amount} over ${weights}`);
});

const order = (over: Partial<Order> = {}): Order => ({
  id: 'o',
  lines: [
    { sku: 'A', qty: 1, unitPrice: 15900 },
    { sku: 'B', qty: 1, unitPrice: 4100 },
  ],
  discounts: [{ amount: 2000 }],
  pointsUsed: 500,
  shippingFee: 1000,
  ...over,
});

test('computeRefund returns what was paid for the lines concerned', () => {
  const rows: [string, Order, Parameters<typeof computeRefund>[1], number, number][] = [
    ['one line, discount share off', order(), { lines: [{ sku: 'A', qty: 1 }], includeShipping: false }, 14310, 398],
    ['all lines with shipping', order(), { lines: 'all', includeShipping: true }, 19000, 500],
    [
      'half by damaged share',
      order(),
      { lines: [{ sku: 'A', qty: 1 }], share: 0.5, includeShipping: false },
      7155,
      199,
    ],
    [
      'part of a quantity',
      order({ lines: [{ sku: 'A', qty: 4, unitPrice: 3000 }], discounts: [], pointsUsed: 0 }),
      { lines: [{ sku: 'A', qty: 1 }], includeShipping: false },
      3000,
      0,
    ],
    ['capped by amount paid', order({ amountPaid: 100 }), { lines: 'all', includeShipping: true }, 100, 500],
    [
      'discount larger than goods',
      order({ discounts: [{ amount: 999999 }] }),
      { lines: 'all', includeShipping: false },
      0,
      500,
    ],
    ['unknown sku', order(), { lines: [{ sku: 'Z', qty: 3 }], includeShipping: true }, 0, 0],
  ];
  for (const [name, o, scope, amount, points] of rows) {
    const r = computeRefund(o, scope);
    assert.equal(r.amount, amount, name);
    assert.equal(r.pointsReturned, points, name);
  }
});

test('formatMoney follows currency digits and language', () => {
  assert.equal(formatMoney(3300, 'USD', 'en'), '$33.00');
  assert.equal(formatMoney(1500, 'JPY', 'en'), '¥1,500');
  assert.match(formatMoney(360000, 'RUB', 'ru'), /^3\s600,00\s₽$/);
  assert.equal(formatMoney(14310, 'CNY', 'zh-Hans'), '¥143.10');
  assert.equal(formatMoney(1234, 'XX<', 'en'), '12.34 XX');
});
