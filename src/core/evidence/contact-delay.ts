import { type CaseContext, daysBetween, hasPerishables } from '../assess/case-context.ts';
import type { Fact } from '../types.ts';

/** S6: how long after delivery the customer first wrote, against the perishable window or the return window. */
export function checkContactDelay(ctx: CaseContext): Fact {
  const perishable = hasPerishables(ctx);
  const windowDays = perishable ? ctx.policy.perishableContactWindowDays : ctx.policy.returnWindowDays;
  if (ctx.deliveredAtMs === undefined || ctx.firstInboundMs === undefined) return { verdict: 'no_data', windowDays };
  const days = Math.round(Math.max(0, daysBetween(ctx.deliveredAtMs, ctx.firstInboundMs)) * 10) / 10;
  return {
    verdict: days > windowDays ? 'late' : 'within_window',
    days,
    windowDays,
    window: perishable ? 'perishable' : 'return',
  };
}
