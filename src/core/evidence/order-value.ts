import type { CaseContext } from '../assess/case-context.ts';
import type { Fact } from '../types.ts';

/** The order's paid amount: amountPaid when given, else goods minus discounts plus shipping. */
export function orderAmount(ctx: CaseContext): number {
  const order = ctx.file.order;
  if (!order) return 0;
  if (typeof order.amountPaid === 'number') return order.amountPaid;
  const goods = (order.lines ?? []).reduce((s, l) => s + l.qty * l.unitPrice, 0);
  const discounts = (order.discounts ?? []).reduce((s, d) => s + d.amount, 0);
  return Math.max(0, goods - discounts) + (order.shippingFee ?? 0);
}

/** S3: small (within goodwill), normal, or high (over the signature threshold) — it decides goodwill vs investigation. */
export function checkOrderValue(ctx: CaseContext): Fact {
  const amount = orderAmount(ctx);
  const { goodwillLimit, highValueThreshold } = ctx.policy;
  const verdict = amount < goodwillLimit ? 'low' : amount > highValueThreshold ? 'high' : 'normal';
  return { verdict, amount, goodwillLimit, highValueThreshold };
}
