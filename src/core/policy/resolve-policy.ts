import type { Policy, PolicyInput } from '../types.ts';
import { DEFAULT_POLICY } from './default-policy.ts';

type NumericKey = Exclude<keyof Policy, 'personalizationCustomerErrorDefault'>;

const NUMERIC_KEYS = Object.keys(DEFAULT_POLICY).filter(
  (key): key is NumericKey => key !== 'personalizationCustomerErrorDefault',
);

/** The store's policy: its overrides on top of the seeds' defaults; unusable values fall back to the default. */
export function resolvePolicy(input: PolicyInput | undefined): Policy {
  const policy: Policy = { ...DEFAULT_POLICY };
  if (!input) return policy;
  for (const key of NUMERIC_KEYS) {
    const value = input[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) policy[key] = value;
  }
  const redo = input.personalizationCustomerErrorDefault;
  if (redo === 'redo_at_cost' || redo === 'redo_free') policy.personalizationCustomerErrorDefault = redo;
  // A claim rate above 1 is a percentage written as a whole number (30 → 30 %).
  if (policy.elevatedRiskClaimRate > 1) policy.elevatedRiskClaimRate /= 100;
  return policy;
}
