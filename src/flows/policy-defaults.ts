// The policy numbers the flows need themselves (approval limits, SLA hours) come from the core's
// resolvePolicy, so the flows and the assessment never disagree about a default.
import { DEFAULT_POLICY } from '../core/policy/default-policy.ts';
import { resolvePolicy } from '../core/policy/resolve-policy.ts';
import type { Policy, PolicyInput } from '../core/types.ts';
import { AppError } from './app-error.ts';

type FlowPolicy = Pick<Policy, 'goodwillLimit' | 'refundApprovalLimit' | 'firstResponseSlaHours' | 'followUpSlaHours'>;

/** The store's value for each flow-relevant policy number, or the documented default. */
export function readFlowPolicy(policy: PolicyInput | null | undefined): FlowPolicy {
  const { goodwillLimit, refundApprovalLimit, firstResponseSlaHours, followUpSlaHours } = resolvePolicy(
    policy ?? undefined,
  );
  return { goodwillLimit, refundApprovalLimit, firstResponseSlaHours, followUpSlaHours };
}

const notAParameter = (key: string) =>
  new AppError('validation', `policy.${key}: not a policy parameter`, { field: `policy.${key}` });

/** Checks an owner's policy overrides: known parameters only, each of the default's type; returns them typed. */
export function checkPolicyInput(input: Record<string, number | string>): PolicyInput {
  const checked: PolicyInput = {};
  for (const [key, value] of Object.entries(input)) {
    const known = Object.entries(DEFAULT_POLICY).find(([name]) => name === key);
    if (!known) throw notAParameter(key);
    if (typeof value !== typeof known[1])
      throw new AppError('validation', `policy.${key}: must be a ${typeof known[1]}`, { field: `policy.${key}` });
    Object.assign(checked, { [key]: value });
  }
  const resolved = resolvePolicy(checked);
  for (const key of Object.keys(checked)) {
    if (Reflect.get(resolved, key) !== Reflect.get(checked, key) && key !== 'elevatedRiskClaimRate') {
      throw new AppError('validation', `policy.${key}: not a usable value`, { field: `policy.${key}` });
    }
  }
  return checked;
}

/**
 * An owner's change to the policy overrides, merged into the current ones (JSON merge patch): a value
 * sets that parameter, null removes its override (back to the default), absent keys stay as they were.
 */
export function mergePolicyOverrides(
  current: PolicyInput | null | undefined,
  patch: Record<string, number | string | null>,
): PolicyInput {
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null)) as Record<
    string,
    number | string
  >;
  const cleared = Object.keys(patch).filter((key) => patch[key] === null);
  for (const key of cleared) {
    if (!(key in DEFAULT_POLICY)) throw notAParameter(key);
  }
  const merged: Record<string, unknown> = { ...(current ?? {}), ...checkPolicyInput(set) };
  for (const key of cleared) delete merged[key];
  return merged as PolicyInput;
}

/** `hours` after `from`. */
export function addHours(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * 3_600_000);
}
