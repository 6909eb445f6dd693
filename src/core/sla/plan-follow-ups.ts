// S24/S27: the desk follows up until a thing is done. Some actions create a reminder for later:
// look at the tracking again, check the return parcel arrived, check the refund landed.
import type { ActionKind } from '../types.ts';
import { addHours } from './sla-timers.ts';

export type FollowUpKind = 'check_tracking' | 'check_return_arrived' | 'check_refund_landed' | 'check_redelivery';
export type FollowUp = { kind: FollowUpKind; dueAt: string; action: ActionKind };

const AFTER_DAYS: Partial<Record<ActionKind, [FollowUpKind, number]>> = {
  wait_and_follow_up: ['check_tracking', 2],
  carrier_trace: ['check_tracking', 2],
  carrier_claim: ['check_tracking', 7],
  reship: ['check_redelivery', 5],
  reship_with_return_label: ['check_redelivery', 3],
  exchange: ['check_return_arrived', 7],
  return_refund: ['check_return_arrived', 7],
  refund_full: ['check_refund_landed', 5],
  refund_partial: ['check_refund_landed', 5],
  redo_free: ['check_redelivery', 7],
  redo_at_cost: ['check_redelivery', 7],
};

/** The reminder an action leaves behind, if any, due a fixed number of days after it was taken. */
export function planFollowUp(action: ActionKind, at: string): FollowUp | undefined {
  const rule = AFTER_DAYS[action];
  return rule ? { kind: rule[0], dueAt: addHours(at, rule[1] * 24), action } : undefined;
}
