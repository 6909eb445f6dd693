// What to do when a timer has run out: flag the case, raise its priority one step and hand it to a
// supervisor. Pure: the sweep loads the case, asks here, and writes the decision with an audit entry.
import { type Priority, raisePriority, type SlaTimer } from './sla-timers.ts';

export type SlaCaseState = {
  status: string;
  priority: Priority;
  firstResponseDueAt?: string;
  firstRespondedAt?: string;
  nextDueAt?: string;
  tags: string[];
};

export type EscalationDecision =
  | { kind: 'none'; reason: 'closed' | 'not_due' | 'waiting_on_others' }
  | { kind: 'escalate'; timer: SlaTimer; dueAt: string; overdueMinutes: number; priority: Priority; tag: string };

const DONE = new Set(['resolved', 'closed']);
const WAITING = new Set(['waiting_customer', 'waiting_carrier']);

/** Decides whether a case has breached its first-response or follow-up timer at `now`. */
export function decideEscalation(state: SlaCaseState, now: string): EscalationDecision {
  if (DONE.has(state.status)) return { kind: 'none', reason: 'closed' };
  const nowMs = Date.parse(now);
  const firstDue = !state.firstRespondedAt ? state.firstResponseDueAt : undefined;
  if (firstDue && Date.parse(firstDue) <= nowMs) return breach('first_response', firstDue, nowMs, state);
  if (WAITING.has(state.status)) return { kind: 'none', reason: 'waiting_on_others' };
  if (state.nextDueAt && Date.parse(state.nextDueAt) <= nowMs)
    return breach('follow_up', state.nextDueAt, nowMs, state);
  return { kind: 'none', reason: 'not_due' };
}

function breach(timer: SlaTimer, dueAt: string, nowMs: number, state: SlaCaseState): EscalationDecision {
  const tag = `sla_breached:${timer}`;
  return {
    kind: 'escalate',
    timer,
    dueAt,
    overdueMinutes: Math.floor((nowMs - Date.parse(dueAt)) / 60_000),
    priority: state.tags.includes(tag) ? state.priority : raisePriority(state.priority),
    tag,
  };
}
