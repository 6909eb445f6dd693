import type { CaseContext } from '../assess/case-context.ts';
import type { Fact } from '../types.ts';

const HIGH_FLAGS = ['blocked', 'fraud', 'chargeback'];
const ELEVATED_FLAGS = ['disputed', 'photo_before_ship'];

/**
 * S23 and §5: how far this customer's claims can be taken on trust — delivery claims in 12 months,
 * claim rate, flags, and whether the same claim text arrived from other customers.
 */
export function checkCustomerRisk(ctx: CaseContext, duplicateFound: boolean): Fact {
  const customer = ctx.file.customer;
  const history = customer?.history ?? {};
  const flags = customer?.flags ?? [];
  const orders = history.orders ?? 0;
  const claims = history.claims ?? 0;
  const deliveryClaims12m = history.deliveryClaims12m ?? 0;
  // A rate over one or two orders says little: count it from the third order on.
  const claimRate = orders >= 3 ? Math.round((claims / orders) * 100) / 100 : null;
  const reasons: string[] = [];
  if (flags.some((f) => HIGH_FLAGS.includes(f))) reasons.push('flagged_high');
  if (deliveryClaims12m >= 2 * ctx.policy.elevatedRiskDeliveryClaims12m) reasons.push('many_delivery_claims');
  let level = reasons.length ? 2 : 0;
  if (deliveryClaims12m >= ctx.policy.elevatedRiskDeliveryClaims12m) reasons.push('delivery_claims_12m');
  if (claimRate !== null && claimRate >= ctx.policy.elevatedRiskClaimRate) reasons.push('claim_rate');
  if (flags.some((f) => ELEVATED_FLAGS.includes(f))) reasons.push('flagged');
  if (duplicateFound) reasons.push('similar_claims_elsewhere');
  if (level === 0 && reasons.length) level = 1;
  // The same text from other customers on top of an existing pattern is the seeds' fraud picture.
  if (level === 1 && duplicateFound && reasons.length >= 2) level = 2;
  return {
    verdict: (['low', 'elevated', 'high'] as const)[level] ?? 'low',
    deliveryClaims12m,
    claims,
    orders,
    claimRate,
    flags,
    reasons,
  };
}

/** §5: a customer worth goodwill — lifetime value over the policy line, or flagged vip / b2b prospect. */
export function isValuedCustomer(ctx: CaseContext): boolean {
  const customer = ctx.file.customer;
  const flags = customer?.flags ?? [];
  return (
    (customer?.history?.lifetimeValue ?? 0) >= ctx.policy.valuedCustomerLifetimeValue ||
    flags.includes('vip') ||
    flags.includes('b2b_prospect')
  );
}
