import type { Policy } from '../types.ts';

/** DOMAIN.md §5: the seeds' defaults, money in minor units, used wherever a store sets nothing. */
export const DEFAULT_POLICY: Policy = {
  goodwillLimit: 5000,
  highValueThreshold: 25000,
  refundApprovalLimit: 20000,
  weightToleranceG: 150,
  weightTolerancePct: 5,
  stalledAfterDays: 5,
  lostAfterTransitMultiple: 2,
  perishableTransitMinDays: 2,
  perishableTransitMaxDays: 4,
  perishableContactWindowDays: 2,
  expensiveItem: 10000,
  wrongItemCompensationPct: 15,
  chequeClearanceDays: 5,
  returnWindowDays: 30,
  elevatedRiskDeliveryClaims12m: 2,
  elevatedRiskClaimRate: 0.3,
  valuedCustomerLifetimeValue: 50000,
  personalizationCustomerErrorDefault: 'redo_at_cost',
  firstResponseSlaHours: 4,
  followUpSlaHours: 24,
};
