// S17: no message is left unanswered. A case's first-response and follow-up due times come from the
// store's policy (firstResponseSlaHours, followUpSlaHours), scaled by priority.

export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export type SlaTimer = 'first_response' | 'follow_up';
export type SlaPolicy = { firstResponseSlaHours: number; followUpSlaHours: number };

/** How much of the policy's time each priority gets: urgent cases are due four times sooner. */
export const PRIORITY_SHARE: Record<Priority, number> = { urgent: 0.25, high: 0.5, normal: 1, low: 2 };

const HOUR_MS = 3_600_000;

/** An ISO time plus hours, still ISO-8601 UTC. */
export function addHours(at: string, hours: number): string {
  return new Date(Date.parse(at) + Math.round(hours * HOUR_MS)).toISOString();
}

/** When the first answer to a new inbound message is due. */
export function computeFirstResponseDue(receivedAt: string, priority: Priority, policy: SlaPolicy): string {
  return addHours(receivedAt, policy.firstResponseSlaHours * PRIORITY_SHARE[priority]);
}

/** When the next answer is due after the customer writes again on an open case. */
export function computeFollowUpDue(receivedAt: string, priority: Priority, policy: SlaPolicy): string {
  return addHours(receivedAt, policy.followUpSlaHours * PRIORITY_SHARE[priority]);
}

/** One step up, never above urgent: what a breached timer does to a case's priority. */
export function raisePriority(priority: Priority): Priority {
  const order: Priority[] = ['low', 'normal', 'high', 'urgent'];
  return order[Math.min(order.indexOf(priority) + 1, order.length - 1)] ?? 'urgent';
}

/** Narrows free text from the database to a priority, normal when unknown. */
export function toPriority(value: string): Priority {
  return value === 'low' || value === 'high' || value === 'urgent' ? value : 'normal';
}
