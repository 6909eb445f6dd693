import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCaseFile } from '../../../test/engine/build-case.ts';
import type { Classification } from '../classify/classify-text.ts';
import { gatherBaseFacts } from '../evidence/gather-evidence.ts';
import type { CaseFile, Category } from '../types.ts';
import { buildCaseContext } from './case-context.ts';
import { decideCategory } from './decide-category.ts';
import { decideFault } from './decide-fault.ts';
import { decideStage } from './decide-stage.ts';

const said = (category: Category, confidence: number, scores: Classification['scores'] = {}): Classification => ({
  category,
  confidence,
  scores,
});
const decide = (over: Partial<CaseFile>, c: Classification, language = 'en') => {
  const ctx = buildCaseContext(buildCaseFile(over));
  return decideCategory(ctx, gatherBaseFacts(ctx), c, language).category;
};
const inTransit = {
  shipments: [
    {
      carrier: 'UPS',
      shippedAt: '2026-06-09T10:00:00Z',
      events: [{ at: '2026-06-09T12:00:00Z', status: 'in_transit' as const }],
    },
  ],
};
const stalled = {
  shipments: [
    {
      carrier: 'UPS',
      shippedAt: '2026-06-01T10:00:00Z',
      events: [{ at: '2026-06-01T12:00:00Z', status: 'in_transit' as const }],
    },
  ],
};

test('decideCategory: decisive context, confident words reconciled with tracking, context when unsure', () => {
  const monogram = {
    order: { id: 'o', lines: [{ sku: 'M', qty: 1, unitPrice: 1, personalization: { entered: 'AB', produced: 'AB' } }] },
    claim: { wanted: 'BA' },
  };
  const cheque = {
    order: { id: 'o', status: 'paid' as const, payment: { method: 'personal_check', status: 'pending' } },
    shipments: [],
  };
  const rows: [Partial<CaseFile>, Classification, Category, string?][] = [
    [monogram, said('quality_doubt', 0.9), 'personalization_error'],
    [cheque, said('order_status', 0.9), 'payment_issue'],
    [cheque, said('cancel_order', 0.9), 'cancel_order'],
    [{}, said('order_status', 0.9), 'delivered_not_received'],
    [{}, said('order_status', 0.9, { order_status: 0.9, delivered_not_received: 0.2 }), 'delivered_not_received'],
    [{}, said('order_status', 0.9, { order_status: 0.98, general: 0.02 }), 'order_status'],
    [{ claim: { storage: 'frozen' } }, said('damaged', 0.8), 'spoiled'],
    [stalled, said('order_status', 0.9), 'delayed_or_lost'],
    [inTransit, said('delivered_not_received', 0.9), 'delayed_or_lost'],
    [inTransit, said('order_status', 0.9), 'order_status'],
    [{}, said('refund_request', 0.7, { refund_request: 0.7, delivered_not_received: 0.2 }), 'delivered_not_received'],
    [{}, said('refund_request', 0.9, { refund_request: 0.9, quality_doubt: 0.05 }), 'refund_request'],
    [{ claim: { refused: ['compensation'] } }, said('general', 0.1), 'wrong_item'],
    [{ claim: { storage: 'frozen' } }, said('general', 0.1), 'spoiled'],
    [{ claim: { damagedShare: 0.5 } }, said('general', 0.1), 'damaged'],
    [{ claim: { lines: [{ sku: 'NAP', qty: 1 }] } }, said('general', 0.1), 'missing_items'],
    [{ messages: [{ from: 'email:x@example.com', text: 'hi' }] }, said('order_status', 0.9), 'change_info'],
    [{}, said('service_complaint', 0.9), 'general', 'es'],
    [{}, said('service_complaint', 0.9), 'service_complaint', 'ru'],
  ];
  for (const [over, c, want, language] of rows)
    assert.equal(decide(over, c, language), want, `${c.category} ${JSON.stringify(over).slice(0, 80)}`);
});

test('decideFault refines the table with the evidence', () => {
  assert.equal(decideFault('wrong_item', {}), 'seller');
  assert.equal(
    decideFault('personalization_error', { personalization: { verdict: 'customer_input_error' } }),
    'customer',
  );
  assert.equal(decideFault('personalization_error', { personalization: { verdict: 'shop_error' } }), 'seller');
  assert.equal(decideFault('missing_items', { weight_check: { verdict: 'consistent_with_claim' } }), 'seller');
  assert.equal(decideFault('spoiled', { transit_time: { verdict: 'exceeded' } }), 'carrier');
  assert.equal(decideFault('general', {}), 'unknown');
});

test('decideStage: soothe first, negotiate after a refusal, verify while evidence is missing', () => {
  const out = { direction: 'out' as const, text: 'We are sorry.' };
  const stage = (over: Partial<CaseFile>, needsEvidence = false) =>
    decideStage(buildCaseContext(buildCaseFile(over)), needsEvidence);
  assert.equal(stage({}), 'soothe');
  assert.equal(stage({ claim: { refused: ['exchange'] } }), 'negotiate');
  assert.equal(stage({ messages: [{ text: 'broken' }, out] }, true), 'verify');
  assert.equal(stage({ messages: [{ text: 'broken' }, out] }), 'propose');
});
