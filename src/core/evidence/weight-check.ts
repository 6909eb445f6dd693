import type { CaseContext } from '../assess/case-context.ts';
import type { Fact } from '../types.ts';

/**
 * S1: does the parcel's weighed weight prove a full shipment or the customer's shortfall? A verdict only
 * when exactly one expectation lies within the tolerance, max(policy grams, policy % of the full weight).
 */
export function checkWeight(ctx: CaseContext): Fact {
  const lines = ctx.file.order?.lines ?? [];
  const observed = ctx.shipment?.weightG;
  if (typeof observed !== 'number' || !lines.length || lines.some((l) => typeof l.unitWeightG !== 'number')) {
    return { verdict: 'no_data', observedG: typeof observed === 'number' ? observed : null };
  }
  const packaging = ctx.shipment?.packagingWeightG ?? 0;
  const expectedFullG = lines.reduce((sum, l) => sum + l.qty * (l.unitWeightG ?? 0), 0) + packaging;
  const claimed = ctx.file.claim?.lines ?? [];
  const missingG = claimed.reduce((sum, c) => {
    const line = lines.find((l) => l.sku === c.sku);
    return sum + Math.min(c.qty, line?.qty ?? 0) * (line?.unitWeightG ?? 0);
  }, 0);
  const toleranceG = Math.round(
    Math.max(ctx.policy.weightToleranceG, (ctx.policy.weightTolerancePct / 100) * expectedFullG),
  );
  if (missingG <= 0)
    return {
      verdict: 'inconclusive',
      expectedFullG,
      observedG: observed,
      toleranceG,
      reason: 'missing_quantity_unknown',
    };
  const expectedIfClaimG = expectedFullG - missingG;
  const nearFull = Math.abs(observed - expectedFullG) <= toleranceG;
  const nearClaim = Math.abs(observed - expectedIfClaimG) <= toleranceG;
  const verdict =
    nearFull && !nearClaim ? 'consistent_with_full' : nearClaim && !nearFull ? 'consistent_with_claim' : 'inconclusive';
  return { verdict, expectedFullG, expectedIfClaimG, observedG: observed, toleranceG };
}
