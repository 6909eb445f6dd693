import { isValuedCustomer } from '../evidence/customer-risk.ts';
import { makePlan, type Plan, type PlaybookInput, scopeValue, verdictOf } from './plan.ts';

/** S1: the scale decides; a proven full shipment still gets a goodwill reship when cheap or the customer is valued. */
export function planMissingItems(input: PlaybookInput): Plan {
  const weight = verdictOf(input.facts, 'weight_check');
  const cheap = scopeValue(input, 'claim') <= input.ctx.policy.goodwillLimit;
  const risky = ['elevated', 'high'].includes(verdictOf(input.facts, 'customer_risk') ?? 'low');
  if (weight === 'consistent_with_full') {
    // Goodwill is for customers worth it: a risky record gets the photo request, not a free reship.
    if ((cheap || isValuedCustomer(input.ctx)) && !risky) {
      return makePlan('missing_items.weight_full_goodwill', 'reship', {
        actions: ['reship', 'flag_customer'],
        alternatives: ['request_evidence', 'refund_partial'],
        prevention: ['photo_before_ship'],
        goodwill: true,
        notes: input.valued ? ['valued_customer'] : [],
      });
    }
    return makePlan('missing_items.weight_full_verify', 'request_evidence', {
      alternatives: ['reship', 'refund_partial', 'decline_politely'],
      prevention: ['photo_before_ship'],
    });
  }
  return makePlan(
    weight === 'consistent_with_claim' ? 'missing_items.weight_confirms_claim' : 'missing_items.reship_missing',
    'reship',
    {
      alternatives: ['refund_partial'],
      prevention: weight === 'consistent_with_claim' ? ['photo_before_ship'] : [],
    },
  );
}

/** S2/S24: a date at risk gets a reship now; a stalled parcel a trace; a moving one an honest estimate. */
export function planDelayedOrLost(input: PlaybookInput): Plan {
  const tracking = verdictOf(input.facts, 'tracking_status');
  const wantsRefund = input.wants === 'refund';
  // Only when an express reship can still make the date; otherwise the parcel is handled as any other delay.
  if (verdictOf(input.facts, 'deadline') === 'at_risk' && input.facts.deadline?.reshipCanMakeIt !== false) {
    return makePlan('delayed_or_lost.deadline_reship', 'reship_with_return_label', {
      actions: ['reship_with_return_label', 'carrier_trace', 'carrier_claim'],
      alternatives: ['refund_full', 'wait_and_follow_up'],
      scope: 'all',
    });
  }
  if (tracking === 'stalled' || tracking === 'exception' || tracking === 'returned') {
    const lost = input.facts.tracking_status?.presumedLost === true;
    const remedy = wantsRefund ? 'refund_full' : 'reship';
    return makePlan(lost ? 'delayed_or_lost.presumed_lost' : 'delayed_or_lost.stalled_trace', 'carrier_trace', {
      actions: lost ? ['carrier_trace', remedy, 'carrier_claim'] : ['carrier_trace', remedy],
      alternatives: [wantsRefund ? 'reship' : 'refund_full', 'wait_and_follow_up'],
      scope: 'all',
    });
  }
  if (tracking === 'in_transit') {
    if (verdictOf(input.facts, 'transit_time') === 'exceeded') {
      return makePlan('delayed_or_lost.overdue_trace', 'carrier_trace', {
        actions: ['carrier_trace', 'wait_and_follow_up'],
        alternatives: ['reship', 'refund_full'],
        scope: 'all',
      });
    }
    return makePlan('delayed_or_lost.in_transit_wait', 'wait_and_follow_up', {
      alternatives: ['carrier_trace'],
      scope: 'all',
    });
  }
  return makePlan('delayed_or_lost.not_shipped', 'reply_only', {
    alternatives: ['cancel_order', 'refund_full'],
    scope: 'all',
  });
}

/** S3: small and trusted → goodwill; large → the carrier's delivery record; risky → never an automatic reship. */
export function planDeliveredNotReceived(input: PlaybookInput): Plan {
  const risk = verdictOf(input.facts, 'customer_risk');
  const value = verdictOf(input.facts, 'order_value');
  const prevention =
    value === 'high' && input.ctx.shipment?.signature !== true ? (['signature_required'] as const) : [];
  const wantsRefund = input.wants === 'refund';
  if (risk === 'elevated' || risk === 'high' || verdictOf(input.facts, 'duplicate_claim') === 'similar_claims_found') {
    return makePlan('delivered_not_received.risk_investigate', 'carrier_trace', {
      actions: ['carrier_trace', 'escalate_supervisor'],
      alternatives: ['decline_politely', 'carrier_claim'],
      prevention: [...prevention],
      scope: 'all',
    });
  }
  if (value === 'high') {
    return makePlan('delivered_not_received.high_value_claim', 'carrier_trace', {
      actions: ['carrier_trace', 'carrier_claim'],
      alternatives: ['escalate_supervisor', 'reship'],
      prevention: [...prevention],
      scope: 'all',
    });
  }
  if (value === 'low') {
    return makePlan('delivered_not_received.low_value_goodwill', wantsRefund ? 'refund_full' : 'reship', {
      alternatives: [wantsRefund ? 'reship' : 'refund_full', 'carrier_trace'],
      scope: 'all',
      goodwill: true,
    });
  }
  return makePlan('delivered_not_received.trace_first', 'carrier_trace', {
    actions: ['carrier_trace', 'wait_and_follow_up'],
    alternatives: ['reship', 'refund_full'],
    scope: 'all',
  });
}

/** S12/S24: apologise for the courier, ask the carrier to redeliver, remember a carrier preference. */
export function planCourierComplaint(input: PlaybookInput): Plan {
  const delivered = verdictOf(input.facts, 'tracking_status') === 'delivered';
  return makePlan('courier_complaint.trace_redeliver', 'carrier_trace', {
    actions: delivered ? ['carrier_trace'] : ['carrier_trace', 'wait_and_follow_up'],
    alternatives: ['reship', 'compensation'],
    prevention: ['switch_carrier'],
    scope: 'all',
    notes: ['carrier_preference'],
  });
}
