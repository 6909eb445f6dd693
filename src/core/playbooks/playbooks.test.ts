import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCaseFile } from '../../../test/engine/build-case.ts';
import { buildCaseContext } from '../assess/case-context.ts';
import type { ActionKind, CaseFile, Category, Fact, Fault } from '../types.ts';
import { applyRefusals, choosePlaybook } from './choose-playbook.ts';
import { costPlan } from './cost-plan.ts';
import { makePlan, type PlaybookInput } from './plan.ts';

const inputOf = (
  category: Category,
  facts: Record<string, Fact>,
  over: Partial<CaseFile> = {},
  fault: Fault = 'unknown',
): PlaybookInput => {
  const ctx = buildCaseContext(buildCaseFile(over));
  return { ctx, category, facts, fault, valued: false, wants: ctx.file.claim?.wants };
};

test('the wrong-item ladder climbs one rung per refusal', () => {
  const rows: [ActionKind[], ActionKind, ActionKind[]][] = [
    [[], 'compensation', ['exchange', 'return_refund']],
    [['compensation'], 'exchange', ['return_refund']],
    [['compensation', 'exchange'], 'return_refund', []],
    [['compensation', 'exchange', 'return_refund'], 'escalate_supervisor', []],
  ];
  for (const [refused, primary, alternatives] of rows) {
    const plan = choosePlaybook(inputOf('wrong_item', {}, { claim: { refused } }, 'seller'));
    assert.deepEqual([plan.primary, plan.alternatives], [primary, alternatives], refused.join(','));
    assert.ok(plan.notes.includes('apology_gift'));
    assert.equal(plan.notes.includes('lscpa'), refused.length > 0);
  }
});

test('applyRefusals moves the next alternative up for any playbook (LSCPA)', () => {
  const plan = makePlan('x.y', 'reship', { alternatives: ['refund_partial', 'exchange'] });
  const next = applyRefusals(plan, ['reship']);
  assert.deepEqual(
    [next.primary, next.actions[0], next.alternatives, next.branch],
    ['refund_partial', 'refund_partial', ['exchange'], 'x.y+refused'],
  );
  assert.ok(next.notes.includes('lscpa'));
  assert.equal(applyRefusals(plan, []), plan);
});

test('delivered but not received: goodwill only when small and trusted', () => {
  const rows: [Record<string, Fact>, ActionKind][] = [
    [{ order_value: { verdict: 'low' }, customer_risk: { verdict: 'low' } }, 'reship'],
    [{ order_value: { verdict: 'low' }, customer_risk: { verdict: 'elevated' } }, 'carrier_trace'],
    [
      {
        order_value: { verdict: 'low' },
        customer_risk: { verdict: 'low' },
        duplicate_claim: { verdict: 'similar_claims_found' },
      },
      'carrier_trace',
    ],
    [{ order_value: { verdict: 'high' }, customer_risk: { verdict: 'low' } }, 'carrier_trace'],
  ];
  for (const [facts, primary] of rows) {
    const plan = choosePlaybook(inputOf('delivered_not_received', facts));
    assert.equal(plan.primary, primary, JSON.stringify(facts));
    if (facts.customer_risk?.verdict !== 'low') assert.ok(!plan.actions.includes('reship'));
  }
  assert.deepEqual(choosePlaybook(inputOf('delivered_not_received', { order_value: { verdict: 'high' } })).prevention, [
    'signature_required',
  ]);
});

test('a non-ordering sender asking about the order gets a refusal, whatever the category', () => {
  for (const category of ['order_status', 'change_info', 'delayed_or_lost'] as const) {
    const plan = choosePlaybook(
      inputOf(category, { identity: { verdict: 'other_account' }, tracking_status: { verdict: 'in_transit' } }),
    );
    assert.equal(plan.primary, 'deny_info_request', category);
  }
});

test('costPlan: refunds of what was paid, approval above the limits', () => {
  const input = inputOf('refund_request', {}, { claim: { lines: [{ sku: 'NAP', qty: 1 }] } });
  const refund = costPlan(input, makePlan('t', 'return_refund'));
  assert.deepEqual([refund.refund?.amount, refund.needsApproval], [2000, false]);
  const full = costPlan(input, makePlan('t', 'refund_full', { scope: 'all' }));
  assert.deepEqual([full.refund?.amount, full.estimatedCost], [4500, 4500]);
  const big = inputOf(
    'refund_request',
    {},
    { store: { currency: 'USD', language: 'en', policy: { refundApprovalLimit: 1000 } } },
  );
  assert.equal(costPlan(big, makePlan('t', 'refund_full', { scope: 'all' })).approval?.reason, 'refund_limit');
  const goodwill = costPlan(input, makePlan('t', 'reship', { goodwill: true, scope: 'all' }));
  assert.deepEqual([goodwill.estimatedCost, goodwill.needsApproval], [4000, false]);
  assert.equal(costPlan(input, makePlan('t', 'reply_only')).refund, undefined);
});
