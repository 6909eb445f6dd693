import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCaseFile } from '../../../test/engine/build-case.ts';
import { buildCaseContext } from '../assess/case-context.ts';
import type { CaseFile, Shipment } from '../types.ts';
import { checkContactDelay } from './contact-delay.ts';
import { checkCustomerRisk } from './customer-risk.ts';
import { checkDeadline } from './deadline.ts';
import { checkDuplicateClaim } from './duplicate-claim.ts';
import { checkIdentity } from './identity.ts';
import { checkPaymentRisk } from './payment-risk.ts';
import { checkPersonalization } from './personalization.ts';
import { readTrackingStatus } from './tracking-status.ts';
import { checkTransitTime } from './transit-time.ts';
import { checkWeight } from './weight-check.ts';

const ctxOf = (over: Partial<CaseFile>) => buildCaseContext(buildCaseFile(over));
const base = buildCaseFile();
const withShipment = (s: Partial<Shipment>): Partial<CaseFile> => ({ shipments: [{ ...base.shipments?.[0], ...s }] });

test('weight_check: one expectation within tolerance decides', () => {
  // Full: 2 × 500 + 150 = 1150 g; one dozen missing: 650 g; tolerance max(150, 5 %) = 150 g.
  const claim = { lines: [{ sku: 'NAP', qty: 1 }] };
  const rows: [number | null, CaseFile['claim'], string][] = [
    [1150, claim, 'consistent_with_full'],
    [1240, claim, 'consistent_with_full'],
    [700, claim, 'consistent_with_claim'],
    [900, claim, 'inconclusive'],
    [null, claim, 'no_data'],
    [1150, undefined, 'inconclusive'],
  ];
  for (const [weightG, c, verdict] of rows) {
    assert.equal(checkWeight(ctxOf({ ...withShipment({ weightG }), claim: c })).verdict, verdict, `${weightG} g`);
  }
  const fact = checkWeight(ctxOf({ claim }));
  assert.deepEqual([fact.expectedFullG, fact.expectedIfClaimG, fact.toleranceG], [1150, 650, 150]);
});

test('tracking_status: last scan, stalled after the policy days, presumed lost', () => {
  const ev = (at: string, status: 'in_transit' | 'delivered' | 'exception' | 'returned') => [{ at, status }];
  const rows: [Partial<CaseFile>, string][] = [
    [{}, 'delivered'],
    [withShipment({ events: ev('2026-06-09T10:00:00Z', 'in_transit') }), 'in_transit'],
    [withShipment({ events: ev('2026-06-04T10:00:00Z', 'in_transit') }), 'stalled'],
    [withShipment({ events: ev('2026-06-09T10:00:00Z', 'exception') }), 'exception'],
    [withShipment({ events: ev('2026-06-09T10:00:00Z', 'returned') }), 'returned'],
    [{ shipments: [] }, 'no_tracking'],
    [
      {
        ...withShipment({ events: ev('2026-06-07T10:00:00Z', 'in_transit') }),
        store: { currency: 'USD', language: 'en', policy: { stalledAfterDays: 2 } },
      },
      'stalled',
    ],
  ];
  for (const [over, verdict] of rows) assert.equal(readTrackingStatus(ctxOf(over)).verdict, verdict);
  const lost = readTrackingStatus(
    ctxOf({ now: '2026-07-30T00:00:00Z', ...withShipment({ events: ev('2026-06-03T10:00:00Z', 'in_transit') }) }),
  );
  assert.equal(lost.presumedLost, true);
});

test('transit_time: against the carrier norm, perishables against 2–4 days', () => {
  assert.equal(checkTransitTime(ctxOf({})).verdict, 'within_norm'); // UPS ground, 3 days of 7
  const perishable = { ...base.order, id: 'O-1', lines: [{ sku: 'FISH', qty: 1, unitPrice: 1000, perishable: true }] };
  const fact = checkTransitTime(ctxOf({ order: perishable, ...withShipment({ shippedAt: '2026-06-01T10:00:00Z' }) }));
  assert.deepEqual([fact.verdict, fact.days, fact.normMaxDays], ['exceeded', 4.1, 4]);
  assert.equal(checkTransitTime(ctxOf(withShipment({ shippedAt: undefined, events: [] }))).verdict, 'no_data');
  // 3.5 days is within 2–4 days, but not in hot weather (a day less).
  const threeAndHalf = { order: perishable, ...withShipment({ shippedAt: '2026-06-02T00:00:00Z' }) };
  assert.equal(checkTransitTime(ctxOf(threeAndHalf)).verdict, 'within_norm');
  assert.equal(checkTransitTime(ctxOf({ ...threeAndHalf, claim: { hotWeather: true } })).verdict, 'exceeded');
});

test('contact_delay: perishable window of 2 days, else the return window', () => {
  const perishable = { ...base.order, id: 'O-1', lines: [{ sku: 'FISH', qty: 1, unitPrice: 1000, perishable: true }] };
  const late = [{ from: 'email:kim@example.com', at: '2026-06-08T13:00:00Z', text: 'It smells bad.' }];
  assert.equal(checkContactDelay(ctxOf({ order: perishable, messages: late })).verdict, 'late');
  assert.equal(checkContactDelay(ctxOf({ messages: late })).verdict, 'within_window');
  assert.equal(checkContactDelay(ctxOf({ shipments: [] })).verdict, 'no_data');
});

test('deadline: at risk when the parcel cannot be counted on and a reship can still make it', () => {
  const shipped = { ...base.order, id: 'O-1', status: 'shipped' as const, needBy: '2026-06-14' };
  const stalled = withShipment({ events: [{ at: '2026-06-03T10:00:00Z', status: 'in_transit' }] });
  const moving = withShipment({
    shippedAt: '2026-06-09T10:00:00Z',
    events: [{ at: '2026-06-09T12:00:00Z', status: 'in_transit' }],
  });
  const rows: [Partial<CaseFile>, string][] = [
    [{ order: shipped, ...stalled }, 'at_risk'],
    [{ order: { ...shipped, needBy: '2026-06-30' }, ...moving }, 'ok'],
    [{ order: shipped, ...moving }, 'at_risk'], // UPS ground p90 7 days → June 16 > June 14
    [{ order: { ...shipped, needBy: undefined }, ...moving }, 'none'],
    [{ order: { ...base.order, id: 'O-1', needBy: '2026-06-14' } }, 'ok'],
    [{ order: { ...shipped, needBy: '2026-06-09' }, ...stalled }, 'none'], // the date has passed
  ];
  for (const [over, verdict] of rows) {
    const ctx = ctxOf(over);
    assert.equal(
      checkDeadline(ctx, readTrackingStatus(ctx).verdict).verdict,
      verdict,
      JSON.stringify(over.order?.needBy),
    );
  }
});

test('customer_risk: delivery claims, claim rate, flags, duplicates', () => {
  const history = (h: object, flags: string[] = []) => ({ customer: { id: 'c', flags, history: h } });
  const rows: [Partial<CaseFile>, boolean, string][] = [
    [history({ orders: 5, claims: 0, deliveryClaims12m: 0 }), false, 'low'],
    [history({ orders: 5, claims: 1, deliveryClaims12m: 2 }), false, 'elevated'],
    [history({ orders: 10, claims: 4, deliveryClaims12m: 0 }), false, 'elevated'],
    [history({ orders: 1, claims: 1, deliveryClaims12m: 0 }), false, 'low'],
    [history({ orders: 5, claims: 0 }, ['blocked']), false, 'high'],
    [history({ orders: 5, claims: 2, deliveryClaims12m: 2 }), true, 'high'],
    [history({ orders: 5, claims: 0, deliveryClaims12m: 0 }), true, 'elevated'],
  ];
  for (const [over, dup, verdict] of rows)
    assert.equal(checkCustomerRisk(ctxOf(over), dup).verdict, verdict, JSON.stringify(over));
});

test('identity: the sender against the ordering identity', () => {
  const msg = (from?: string) => ({ messages: [{ from, text: 'hi' }] });
  assert.equal(checkIdentity(ctxOf(msg('email:kim@example.com'))).verdict, 'ordering_account');
  assert.equal(checkIdentity(ctxOf(msg('EMAIL:Kim@example.com '))).verdict, 'ordering_account');
  assert.equal(checkIdentity(ctxOf(msg('email:other@example.com'))).verdict, 'other_account');
  assert.equal(checkIdentity(ctxOf(msg(undefined))).verdict, 'unknown');
  const linked = { customer: { identities: ['email:kim@example.com', 'phone:+15550100'] }, ...msg('phone:+15550100') };
  assert.equal(checkIdentity(ctxOf(linked)).verdict, 'ordering_account', 'an identity the store linked to the buyer');
  const claimed = { customer: { identities: ['phone:+15550100'] }, ...msg('phone:+15550100') };
  assert.equal(checkIdentity(ctxOf(claimed)).verdict, 'other_account', 'a sender not linked to the ordering identity');
});

test('payment_risk: an uncleared personal cheque only', () => {
  const pay = (method: string, status?: string) => ({
    order: { ...base.order, id: 'O-1', payment: { method, status } },
  });
  assert.equal(checkPaymentRisk(ctxOf(pay('personal_check', 'pending'))).verdict, 'uncleared_cheque');
  assert.equal(checkPaymentRisk(ctxOf(pay('personal_check', 'cleared'))).verdict, 'none');
  assert.equal(checkPaymentRisk(ctxOf(pay('cashier_check', 'pending'))).verdict, 'none');
  assert.equal(checkPaymentRisk(ctxOf(pay('card', 'pending'))).verdict, 'none');
});

test('personalization: entered vs produced vs wanted', () => {
  const spec = (entered: string, produced: string | undefined, wanted?: string) => ({
    order: {
      ...base.order,
      id: 'O-1',
      lines: [{ sku: 'M', qty: 1, unitPrice: 100, personalization: { entered, produced } }],
    },
    claim: wanted === undefined ? undefined : { wanted },
  });
  const rows: [Partial<CaseFile>, string][] = [
    [spec('JAS', 'JSA', 'JAS'), 'shop_error'],
    [spec('JAS', 'JAS', 'JSA'), 'customer_input_error'],
    [spec('J.A.S', 'jas', 'JAS'), 'matches'],
    [spec('蔡明', '蔡明', '蔡明德'), 'customer_input_error'],
    [spec('JAS', undefined), 'no_data'],
    [{}, 'no_data'],
  ];
  for (const [over, verdict] of rows) assert.equal(checkPersonalization(ctxOf(over)).verdict, verdict);
});

test('duplicate_claim: near-identical texts from other customers, any script', () => {
  const text = 'Я не получил посылку, хотя трекинг пишет, что доставлено. Верните деньги.';
  const rows: [string, string, string][] = [
    [text, 'Я не получил посылку, хотя трекинг пишет что доставлено! Верните деньги', 'similar_claims_found'],
    [text, 'Подскажите, пожалуйста, есть ли эта куртка в размере M?', 'none'],
    ['物流显示已签收但我没有收到，请退款', '物流显示已签收，但我没有收到！请退款。', 'similar_claims_found'],
  ];
  for (const [mine, other, verdict] of rows) {
    const ctx = ctxOf({ messages: [{ text: mine }], otherClaims: [{ customerId: 'x', text: other }] });
    assert.equal(checkDuplicateClaim(ctx).verdict, verdict, other);
  }
  const own = ctxOf({ messages: [{ text }], otherClaims: [{ customerId: 'c-1', text }] });
  assert.equal(checkDuplicateClaim(own).verdict, 'none', "the customer's own earlier claim is not a duplicate");
});
