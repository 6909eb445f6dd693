import { computeRefund, type RefundScope } from '../money/compute-refund.ts';
import type { ActionKind, Order } from '../types.ts';
import type { LineScope, Plan, PlaybookInput } from './plan.ts';

const REFUND_ACTIONS: readonly ActionKind[] = ['refund_full', 'refund_partial', 'return_refund'];

/** Why a plan needs a supervisor: the limit it goes over (quoted in the rationale). */
export type ApprovalReason = 'escalation' | 'refund_limit' | 'goodwill_limit';

export type PlanMoney = {
  estimatedCost: number;
  needsApproval: boolean;
  approval?: { reason: ApprovalReason; limit: number };
  /** S7: the amount offered to keep a wrong item (a share of what was paid for it). */
  compensation: number;
  refund?: { amount: number; pointsReturned: number };
};

/** The order lines a scope covers, as sku + quantity; an empty claim falls back to every line. */
function scopeLines(input: PlaybookInput, scope: LineScope): RefundScope['lines'] {
  const lines = input.ctx.file.order?.lines ?? [];
  const claim = input.ctx.file.claim?.lines ?? [];
  if (scope === 'claim') return claim.length ? claim : 'all';
  if (scope === 'personalized') return lines.filter((l) => l.personalization).map((l) => ({ sku: l.sku, qty: l.qty }));
  if (scope === 'perishable') {
    const perishable = lines.filter((l) => l.perishable).map((l) => ({ sku: l.sku, qty: l.qty }));
    return perishable.length ? perishable : 'all';
  }
  return 'all';
}

/** What one action of the plan costs the store, in minor units. */
function costOf(action: ActionKind, order: Order, input: PlaybookInput, plan: Plan): number {
  const lines = scopeLines(input, plan.scope);
  const goods = (): number => computeRefund(order, { lines, includeShipping: false }).goods;
  const postage = order.shippingFee ?? 0;
  const seller = input.fault === 'seller';
  switch (action) {
    case 'reship':
    case 'redo_free':
      return goods();
    case 'reship_with_return_label':
      return goods() + 2 * postage;
    case 'refund_full':
      return computeRefund(order, { lines: 'all', includeShipping: true }).amount;
    case 'refund_partial':
      return computeRefund(order, { lines, share: plan.share ?? 1, includeShipping: false }).amount;
    case 'return_refund':
      return computeRefund(order, { lines, includeShipping: seller }).amount + (seller ? postage : 0);
    case 'exchange':
      return seller ? 2 * postage : postage;
    case 'compensation':
      return Math.round((goods() * input.ctx.policy.wrongItemCompensationPct) / 100);
    default:
      return 0;
  }
}

/** The refund a plan pays out: the first refund action's amount and points (S27, §7). */
function refundOf(order: Order, input: PlaybookInput, plan: Plan): PlanMoney['refund'] {
  const action = plan.actions.find((a) => REFUND_ACTIONS.includes(a));
  if (!action) return undefined;
  const scope: RefundScope =
    action === 'refund_full'
      ? { lines: 'all', includeShipping: true }
      : {
          lines: scopeLines(input, plan.scope),
          share: action === 'refund_partial' ? plan.share : undefined,
          includeShipping: action === 'return_refund' && input.fault === 'seller',
        };
  const { amount, pointsReturned } = computeRefund(order, scope);
  return { amount, pointsReturned };
}

/** §5/§7: the plan's estimated cost, its refund, and whether it goes beyond what an agent may grant alone. */
export function costPlan(input: PlaybookInput, plan: Plan): PlanMoney {
  const order = input.ctx.file.order;
  if (!order)
    return {
      compensation: 0,
      estimatedCost: 0,
      needsApproval: plan.actions.includes('escalate_supervisor'),
      refund: plan.actions.some((a) => REFUND_ACTIONS.includes(a)) ? { amount: 0, pointsReturned: 0 } : undefined,
    };
  const estimatedCost = plan.actions.reduce((sum, a) => sum + costOf(a, order, input, plan), 0);
  const refund = refundOf(order, input, plan);
  const { refundApprovalLimit, goodwillLimit } = input.ctx.policy;
  const approval: PlanMoney['approval'] = plan.actions.includes('escalate_supervisor')
    ? { reason: 'escalation', limit: refundApprovalLimit }
    : (refund !== undefined && refund.amount > refundApprovalLimit) || estimatedCost > refundApprovalLimit
      ? { reason: 'refund_limit', limit: refundApprovalLimit }
      : plan.goodwill && estimatedCost > goodwillLimit
        ? { reason: 'goodwill_limit', limit: goodwillLimit }
        : undefined;
  const offersCompensation = plan.actions.includes('compensation') || plan.alternatives.includes('compensation');
  const compensation = offersCompensation ? costOf('compensation', order, input, plan) : 0;
  return {
    compensation,
    estimatedCost,
    needsApproval: approval !== undefined,
    ...(approval ? { approval } : {}),
    refund,
  };
}
