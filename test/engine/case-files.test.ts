// Every case file of test/cases goes through parseCaseFile and assessCase in-process and must satisfy
// its expect block; together they must reach every branch of every playbook.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessCase } from '../../src/core/assess/assess-case.ts';
import { parseCaseFile } from '../../src/core/assess/parse-case-file.ts';
import { CATEGORIES } from '../../src/core/types.ts';
import { loadCases } from './load-cases.ts';
import { checkExpect } from './match-expect.ts';

const cases = loadCases();

for (const fixture of cases) {
  test(`case ${fixture.name}`, () => {
    const parsed = parseCaseFile(fixture.json);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors.join('; '));
    const problems = checkExpect(assessCase(parsed.value), fixture.expect);
    assert.deepEqual(problems, []);
  });
}

test('the case files cover every category', () => {
  const covered = new Set(cases.flatMap((c) => [c.expect.category].flat()));
  assert.deepEqual(
    CATEGORIES.filter((c) => !covered.has(c)),
    [],
  );
});

test('the case files reach every playbook branch', () => {
  const reached = new Set<string>();
  for (const fixture of cases) {
    const parsed = parseCaseFile(fixture.json);
    if (parsed.ok) reached.add(String(assessCase(parsed.value).recommendation.branch));
  }
  const branches = [
    'missing_items.weight_full_goodwill',
    'missing_items.weight_full_verify',
    'missing_items.weight_confirms_claim',
    'missing_items.reship_missing',
    'delayed_or_lost.deadline_reship',
    'delayed_or_lost.stalled_trace',
    'delayed_or_lost.presumed_lost',
    'delayed_or_lost.in_transit_wait',
    'delivered_not_received.risk_investigate',
    'delivered_not_received.high_value_claim',
    'delivered_not_received.low_value_goodwill',
    'delivered_not_received.trace_first',
    'courier_complaint.trace_redeliver',
    'damaged.request_photo',
    'damaged.cheap_reship',
    'damaged.partial_refund',
    'damaged.exchange',
    'spoiled.request_photo',
    'spoiled.transit_exceeded',
    'spoiled.within_window',
    'spoiled.late_expensive_decline',
    'wrong_item.ladder_compensation',
    'wrong_item.ladder_exchange',
    'wrong_item.ladder_return_refund',
    'wrong_item.ladder_exhausted',
    'quality_doubt.defect_with_evidence',
    'quality_doubt.explain_usage',
    'personalization_error.shop_redo_free',
    'personalization_error.customer_redo_at_cost',
    'personalization_error.customer_redo_free',
    'personalization_error.verify_spec',
    'return_exchange.within_window',
    'return_exchange.outside_window',
    'refund_request.within_window',
    'refund_request.outside_window',
    'cancel_order.unshipped',
    'cancel_order.intercept',
    'cancel_order.delivered_return',
    'change_info.deny_other_identity',
    'change_info.change_address',
    'change_info.shipped_redirect',
    'payment_issue.hold_cheque',
    'payment_issue.answer',
    'service_complaint.escalate',
    'order_status.in_transit_facts',
    'general.answer',
  ];
  assert.deepEqual(
    branches.filter((b) => !reached.has(b)),
    [],
  );
});
