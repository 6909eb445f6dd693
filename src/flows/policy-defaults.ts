// The few policy numbers the flows need themselves (approval limits, SLA hours), defaulted as in
// DOMAIN.md §5 and overridden by the store's policy JSON. The assessment reads the full policy.
import type { Policy, PolicyInput } from '../core/types.ts';

type FlowPolicy = Pick<Policy, 'goodwillLimit' | 'refundApprovalLimit' | 'firstResponseSlaHours' | 'followUpSlaHours'>;

const DEFAULTS: FlowPolicy = {
  goodwillLimit: 5000,
  refundApprovalLimit: 20000,
  firstResponseSlaHours: 4,
  followUpSlaHours: 24,
};

/** The store's value for each flow-relevant policy number, or the documented default. */
export function readFlowPolicy(policy: PolicyInput | null | undefined): FlowPolicy {
  return {
    goodwillLimit: policy?.goodwillLimit ?? DEFAULTS.goodwillLimit,
    refundApprovalLimit: policy?.refundApprovalLimit ?? DEFAULTS.refundApprovalLimit,
    firstResponseSlaHours: policy?.firstResponseSlaHours ?? DEFAULTS.firstResponseSlaHours,
    followUpSlaHours: policy?.followUpSlaHours ?? DEFAULTS.followUpSlaHours,
  };
}

/** `hours` after `from`. */
export function addHours(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * 3_600_000);
}
