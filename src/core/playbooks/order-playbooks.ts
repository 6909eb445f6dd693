import { type CaseContext, daysBetween } from '../assess/case-context.ts';
import { makePlan, type Plan, type PlaybookInput, verdictOf } from './plan.ts';

/** True while the order has not left the store (no shipment scanned, status before shipped). */
export function isUnshipped(ctx: CaseContext): boolean {
  const status = ctx.file.order?.status;
  if (status === 'shipped' || status === 'delivered') return false;
  return ctx.events.length === 0 && ctx.shippedAtMs === undefined;
}

/** True when the return window (from delivery, else from the order) has not closed by now. */
function isWithinReturnWindow(ctx: CaseContext): boolean {
  const from = ctx.deliveredAtMs ?? (ctx.file.order?.placedAt ? Date.parse(ctx.file.order.placedAt) : Number.NaN);
  if (!Number.isFinite(from)) return true;
  return daysBetween(from, ctx.nowMs) <= ctx.policy.returnWindowDays;
}

/** §6 refund/return: inside the window → return and refund (what was paid) or exchange; outside → decline kindly. */
export function planReturnOrRefund(input: PlaybookInput): Plan {
  const { ctx, category } = input;
  if (isUnshipped(ctx) && ctx.file.order) {
    return makePlan(`${category}.unshipped_cancel`, 'cancel_order', {
      actions: ['cancel_order', 'refund_full'],
      alternatives: [],
      scope: 'all',
    });
  }
  if (!isWithinReturnWindow(ctx)) {
    return makePlan(`${category}.outside_window`, 'decline_politely', {
      alternatives: ['exchange', 'escalate_supervisor'],
    });
  }
  const wants = input.wants;
  const exchangeFirst = category === 'return_exchange' ? wants !== 'refund' : wants === 'exchange';
  return makePlan(`${category}.within_window`, exchangeFirst ? 'exchange' : 'return_refund', {
    alternatives: [exchangeFirst ? 'return_refund' : 'exchange'],
  });
}

/** §6 cancel: unshipped → cancel and refund in full; shipped → ask the carrier to intercept, else a return. */
export function planCancelOrder(input: PlaybookInput): Plan {
  if (isUnshipped(input.ctx)) {
    return makePlan('cancel_order.unshipped', 'cancel_order', {
      actions: ['cancel_order', 'refund_full'],
      scope: 'all',
    });
  }
  if (verdictOf(input.facts, 'tracking_status') === 'delivered') {
    return makePlan('cancel_order.delivered_return', 'return_refund', { alternatives: ['exchange'], scope: 'all' });
  }
  return makePlan('cancel_order.intercept', 'carrier_trace', {
    actions: ['carrier_trace', 'return_refund'],
    alternatives: ['decline_politely'],
    scope: 'all',
  });
}

/** S8: only the ordering identity sees or changes an order; its own address change is made while unshipped. */
export function planChangeInfo(input: PlaybookInput): Plan {
  if (verdictOf(input.facts, 'identity') !== 'ordering_account') {
    return makePlan('change_info.deny_other_identity', 'deny_info_request', { notes: ['privacy'] });
  }
  if (isUnshipped(input.ctx))
    return makePlan('change_info.change_address', 'change_address', { alternatives: ['cancel_order'] });
  return makePlan('change_info.shipped_redirect', 'carrier_trace', { alternatives: ['reply_only'] });
}

/** S4: never ship on an uncleared cheque — hold it until it clears, or cancel if the date cannot be met. */
export function planPaymentIssue(input: PlaybookInput): Plan {
  if (verdictOf(input.facts, 'payment_risk') === 'uncleared_cheque') {
    return makePlan('payment_issue.hold_cheque', 'hold_until_cleared', {
      alternatives: ['cancel_order'],
      prevention: ['hold_until_cleared'],
      scope: 'all',
    });
  }
  return makePlan('payment_issue.answer', 'reply_only', { alternatives: ['escalate_supervisor'] });
}

/** S12: an attitude complaint goes to the supervisor, with an apology and a compensation. */
export function planServiceComplaint(_input: PlaybookInput): Plan {
  return makePlan('service_complaint.escalate', 'escalate_supervisor', {
    actions: ['escalate_supervisor', 'compensation'],
    alternatives: ['refund_partial'],
    scope: 'all',
  });
}

/** S11/S17: status questions and greetings are answered fast with facts — never left unanswered. */
export function planAnswer(input: PlaybookInput): Plan {
  if (input.category === 'order_status' && verdictOf(input.facts, 'tracking_status') === 'in_transit') {
    return makePlan('order_status.in_transit_facts', 'reply_only', { alternatives: ['wait_and_follow_up'] });
  }
  return makePlan(`${input.category}.answer`, 'reply_only', { alternatives: [] });
}
