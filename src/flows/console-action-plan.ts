// What an action from the console will do and cost, computed the same way in the browser (for the
// confirmation dialog) and on the server (which re-checks limits before anything happens). Pure.
import { computeRefund } from '../core/money/compute-refund.ts';
import type { ActionKind, Order, Policy } from '../core/types.ts';

export type ActionRole = 'owner' | 'supervisor' | 'agent';

/** The parameters an agent can set on an action; everything optional, defaults come from the case. */
export type ActionParams = {
  sku?: string;
  qty?: number;
  carrier?: string;
  returnLabel?: boolean;
  amount?: number;
  address?: string;
  flag?: string;
  note?: string;
  trackingNo?: string;
  declaredValue?: number;
  deliveryConfirmation?: string;
  photos?: number;
  recipient?: string;
};

export type ActionContext = {
  order: Order | undefined;
  policy: Policy;
  senderIsOrderingIdentity: boolean;
  postage: number;
};

export type ActionPlan =
  | {
      ok: true;
      kind: ActionKind;
      params: ActionParams;
      cost: number;
      maxAmount: number | null;
      limit: number;
      needsApproval: (role: ActionRole) => boolean;
    }
  | {
      ok: false;
      kind: ActionKind;
      reason: 'address_needs_ordering_identity' | 'amount_out_of_range' | 'quantity_out_of_range';
    };

const REFUNDS: readonly ActionKind[] = ['refund_full', 'refund_partial', 'return_refund', 'cancel_order'];
const GOODS: readonly ActionKind[] = ['reship', 'reship_with_return_label', 'redo_free'];

function lineOf(order: Order | undefined, sku: string | undefined) {
  const lines = order?.lines ?? [];
  return lines.find((l) => l.sku === sku) ?? lines[0];
}

/** The largest amount a money action may carry, and its default. */
function amountBounds(kind: ActionKind, ctx: ActionContext, p: ActionParams): { max: number; dflt: number } | null {
  const order = ctx.order;
  const paid = order?.amountPaid ?? 0;
  const line = lineOf(order, p.sku);
  const qty = p.qty ?? 1;
  if (kind === 'refund_full' || kind === 'cancel_order') return { max: paid, dflt: paid };
  if (kind === 'refund_partial' || kind === 'return_refund') {
    const dflt =
      order && line ? computeRefund(order, { lines: [{ sku: line.sku, qty }], includeShipping: false }).amount : 0;
    return { max: paid, dflt };
  }
  if (kind === 'compensation') {
    const lineTotal = line ? line.qty * line.unitPrice : paid;
    return { max: paid, dflt: Math.round((lineTotal * ctx.policy.wrongItemCompensationPct) / 100) };
  }
  return null;
}

/** Plans one action: checks its parameters, fills defaults, and prices it. */
export function planAction(kind: ActionKind, raw: ActionParams, ctx: ActionContext): ActionPlan {
  if (kind === 'change_address' && !ctx.senderIsOrderingIdentity)
    return { ok: false, kind, reason: 'address_needs_ordering_identity' };
  const line = lineOf(ctx.order, raw.sku);
  const params: ActionParams = { ...raw, sku: raw.sku ?? line?.sku };
  if (GOODS.includes(kind)) {
    const qty = raw.qty ?? 1;
    if (!Number.isInteger(qty) || qty < 1 || (line && qty > line.qty))
      return { ok: false, kind, reason: 'quantity_out_of_range' };
    params.qty = qty;
  }
  const bounds = amountBounds(kind, ctx, params);
  if (bounds) {
    const amount = raw.amount ?? bounds.dflt;
    if (!Number.isInteger(amount) || amount < 0 || amount > bounds.max)
      return { ok: false, kind, reason: 'amount_out_of_range' };
    params.amount = amount;
  }
  const goods =
    ctx.order && params.sku
      ? computeRefund(ctx.order, { lines: [{ sku: params.sku, qty: params.qty ?? 1 }], includeShipping: false }).goods
      : 0;
  const cost = costOf(kind, params, ctx, goods);
  const limit = REFUNDS.includes(kind) ? ctx.policy.refundApprovalLimit : ctx.policy.goodwillLimit;
  return {
    ok: true,
    kind,
    params,
    cost,
    maxAmount: bounds?.max ?? null,
    limit,
    needsApproval: (role) => role === 'agent' && cost > limit,
  };
}

/** The same costs the engine's plan estimates (src/core/playbooks/cost-plan.ts): goods at what was paid for them, postage at the order's shipping fee. */
function costOf(kind: ActionKind, p: ActionParams, ctx: ActionContext, goods: number): number {
  switch (kind) {
    case 'reship':
      return goods + (p.returnLabel ? 2 * ctx.postage : 0);
    case 'reship_with_return_label':
      return goods + 2 * ctx.postage;
    case 'redo_free':
      return goods;
    case 'exchange':
      return 2 * ctx.postage;
    case 'return_refund':
      return (p.amount ?? 0) + ctx.postage;
    case 'refund_full':
    case 'refund_partial':
    case 'compensation':
    case 'cancel_order':
      return p.amount ?? 0;
    default:
      return 0;
  }
}
