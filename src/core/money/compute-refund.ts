import type { Order } from '../types.ts';
import { allocateProRata } from './allocate-pro-rata.ts';

/** Which lines (and how many of each) a refund covers, what share of them, and whether shipping goes back too. */
export type RefundScope = {
  lines: { sku: string; qty: number }[] | 'all';
  share?: number;
  includeShipping: boolean;
};

export type RefundBreakdown = { amount: number; pointsReturned: number; goods: number; shipping: number };

const whole = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.trunc(n) : 0);

/** The quantity of each order line the scope concerns, by position (a sku listed twice is counted once per line). */
function concernedQuantities(order: Order, scope: RefundScope): number[] {
  const lines = order.lines ?? [];
  if (scope.lines === 'all') return lines.map((l) => whole(l.qty));
  const wanted = new Map<string, number>();
  for (const l of scope.lines) wanted.set(l.sku, (wanted.get(l.sku) ?? 0) + whole(l.qty));
  return lines.map((l) => {
    const want = wanted.get(l.sku) ?? 0;
    const take = Math.min(want, whole(l.qty));
    wanted.set(l.sku, want - take);
    return take;
  });
}

/** The part of a line amount that `take` of `qty` units carry, exact to the unit of money. */
const partOf = (amount: number, take: number, qty: number): number =>
  qty <= 0 || take <= 0 ? 0 : take >= qty ? amount : (allocateProRata(amount, [take, qty - take])[0] ?? 0);

/**
 * S27/§7: what the customer actually paid for the lines concerned — line totals minus their pro-rata share
 * of order discounts, points in the same proportion, shipping when the store was at fault, scaled by share.
 */
export function computeRefund(order: Order, scope: RefundScope): RefundBreakdown {
  const lines = order.lines ?? [];
  const totals = lines.map((l) => whole(l.qty) * whole(l.unitPrice));
  const goodsTotal = totals.reduce((a, b) => a + b, 0);
  const discountTotal = Math.min(
    goodsTotal,
    (order.discounts ?? []).reduce((a, d) => a + whole(d.amount), 0),
  );
  const discounts = allocateProRata(discountTotal, totals);
  const points = allocateProRata(whole(order.pointsUsed), totals);
  const shipping = scope.includeShipping ? allocateProRata(whole(order.shippingFee), totals) : totals.map(() => 0);
  const takes = concernedQuantities(order, scope);
  let goods = 0;
  let pointsBack = 0;
  let shippingBack = 0;
  lines.forEach((line, i) => {
    const qty = whole(line.qty);
    const take = takes[i] ?? 0;
    goods += partOf((totals[i] ?? 0) - (discounts[i] ?? 0), take, qty);
    pointsBack += partOf(points[i] ?? 0, take, qty);
    shippingBack += partOf(shipping[i] ?? 0, take, qty);
  });
  const share =
    typeof scope.share === 'number' && Number.isFinite(scope.share) ? Math.min(1, Math.max(0, scope.share)) : 1;
  goods = Math.round(goods * share);
  pointsBack = Math.round(pointsBack * share);
  let amount = goods + shippingBack;
  const paid = order.amountPaid;
  if (typeof paid === 'number' && Number.isFinite(paid) && paid >= 0) amount = Math.min(amount, Math.trunc(paid));
  return { amount, pointsReturned: pointsBack, goods, shipping: shippingBack };
}
