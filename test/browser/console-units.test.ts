// The console's pure pieces, table by table: the action planner shared by the dialog and the
// server, masked names in the inbox, and the tone underlining of a draft.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_POLICY } from '../../src/core/policy/default-policy.ts';
import type { Order } from '../../src/core/types.ts';
import { type ActionContext, planAction } from '../../src/flows/console-action-plan.ts';
import { maskName } from '../../src/flows/console-list-cases.ts';
import { segment } from '../../web/src/features/composer/tone-segments.ts';

const napkins: Order = {
  id: '7101',
  amountPaid: 14900,
  shippingFee: 2900,
  discounts: [{ amount: 1200 }],
  lines: [
    { sku: 'NAPKIN-DZ', qty: 4, unitPrice: 3000 },
    { sku: 'RUNNER', qty: 1, unitPrice: 2400 },
  ],
};
const ctx = (over: Partial<ActionContext> = {}): ActionContext => ({
  order: napkins,
  policy: DEFAULT_POLICY,
  senderIsOrderingIdentity: true,
  postage: 2900,
  ...over,
});

test('the planner prices each action the way the engine estimates it', () => {
  const cases: [string, Parameters<typeof planAction>[0], Parameters<typeof planAction>[1], number][] = [
    ['reship one dozen: the goods at what was paid for them', 'reship', { sku: 'NAPKIN-DZ', qty: 1 }, 2750],
    [
      'reship with a return label adds postage both ways',
      'reship',
      { sku: 'NAPKIN-DZ', qty: 1, returnLabel: true },
      2750 + 5800,
    ],
    ['exchange: the store pays both ways', 'exchange', {}, 5800],
    ['refund in full: everything paid', 'refund_full', {}, 14900],
    ['compensation: 15 % of the line by default', 'compensation', { sku: 'NAPKIN-DZ' }, 1800],
    ['a carrier trace costs nothing', 'carrier_trace', {}, 0],
  ];
  for (const [why, kind, params, cost] of cases) {
    const plan = planAction(kind, params, ctx());
    assert.ok(plan.ok, why);
    assert.equal(plan.cost, cost, why);
  }
});

test('the planner refuses what no agent may do, and says why', () => {
  const refuse = (kind: Parameters<typeof planAction>[0], params: Parameters<typeof planAction>[1], c = ctx()) => {
    const plan = planAction(kind, params, c);
    return plan.ok ? 'ok' : plan.reason;
  };
  assert.equal(refuse('refund_partial', { amount: 14901 }), 'amount_out_of_range');
  assert.equal(refuse('refund_partial', { amount: -1 }), 'amount_out_of_range');
  assert.equal(refuse('reship', { sku: 'NAPKIN-DZ', qty: 5 }), 'quantity_out_of_range');
  assert.equal(refuse('reship', { sku: 'NAPKIN-DZ', qty: 0 }), 'quantity_out_of_range');
  assert.equal(
    refuse('change_address', { address: 'x' }, ctx({ senderIsOrderingIdentity: false })),
    'address_needs_ordering_identity',
  );
  assert.equal(refuse('change_address', { address: 'x' }), 'ok');
});

test('approval: an agent above the limit waits, a supervisor never does', () => {
  const plan = planAction('reship', { sku: 'NAPKIN-DZ', qty: 2 }, ctx());
  assert.ok(plan.ok);
  assert.equal(plan.cost, 5500);
  assert.equal(plan.limit, DEFAULT_POLICY.goodwillLimit);
  assert.equal(plan.needsApproval('agent'), true);
  assert.equal(plan.needsApproval('supervisor'), false);
  const refund = planAction('refund_partial', { amount: 15000 }, ctx({ order: { ...napkins, amountPaid: 30000 } }));
  assert.ok(refund.ok);
  assert.equal(refund.limit, DEFAULT_POLICY.refundApprovalLimit, 'refunds use the refund limit');
  assert.equal(refund.needsApproval('agent'), false);
});

test('inbox names are masked in every script', () => {
  assert.equal(maskName('Dana Whitfield'), 'Dana W.');
  assert.equal(maskName('王小明'), '王**');
  assert.equal(maskName('Вадим'), 'Ва***');
  assert.equal(maskName('Анна Петровна Смирнова'), 'Анна П. С.');
  assert.equal(maskName(null), null);
  assert.equal(maskName('X'), '*');
});

test('tone issues become underlined pieces that put the text back together exactly', () => {
  const text = '亲，你是第一个说有问题的，我们会处理。';
  const issue = { kind: 'others_never_complained' as const, start: 2, end: 12, message: 'm', suggestion: 's' };
  const pieces = segment(text, [issue]);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  assert.deepEqual(
    pieces.map((p) => [p.at, p.text, p.issue?.kind ?? null]),
    [
      [0, '亲，', null],
      [2, '你是第一个说有问题的', 'others_never_complained'],
      [12, '，我们会处理。', null],
    ],
  );
  const overlapping = segment('abcdef', [
    { ...issue, start: 1, end: 4 },
    { ...issue, start: 2, end: 6 },
  ]);
  assert.deepEqual(
    overlapping.map((p) => p.text),
    ['a', 'bcd', 'ef'],
  );
  assert.deepEqual(
    segment('abc', [{ ...issue, start: 5, end: 9 }]).map((p) => p.text),
    ['abc'],
  );
});
