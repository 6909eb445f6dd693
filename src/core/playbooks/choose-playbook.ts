import type { ActionKind, Category } from '../types.ts';
import {
  planCourierComplaint,
  planDelayedOrLost,
  planDeliveredNotReceived,
  planMissingItems,
} from './logistics-playbooks.ts';
import {
  planAnswer,
  planCancelOrder,
  planChangeInfo,
  planPaymentIssue,
  planReturnOrRefund,
  planServiceComplaint,
} from './order-playbooks.ts';
import { makePlan, type Plan, type PlaybookInput, verdictOf } from './plan.ts';
import {
  planDamaged,
  planPersonalizationError,
  planQualityDoubt,
  planSpoiled,
  planWrongItem,
} from './product-playbooks.ts';

const PLAYBOOKS: Record<Category, (input: PlaybookInput) => Plan> = {
  order_status: planAnswer,
  delayed_or_lost: planDelayedOrLost,
  delivered_not_received: planDeliveredNotReceived,
  missing_items: planMissingItems,
  damaged: planDamaged,
  spoiled: planSpoiled,
  wrong_item: planWrongItem,
  quality_doubt: planQualityDoubt,
  personalization_error: planPersonalizationError,
  return_exchange: planReturnOrRefund,
  refund_request: planReturnOrRefund,
  cancel_order: planCancelOrder,
  change_info: planChangeInfo,
  payment_issue: planPaymentIssue,
  courier_complaint: planCourierComplaint,
  service_complaint: planServiceComplaint,
  general: planAnswer,
};

/** Categories whose whole answer is order information: a non-ordering sender gets a polite refusal instead. */
const INFO_CATEGORIES: readonly Category[] = ['order_status', 'change_info', 'delayed_or_lost'];

/** Categories that can be answered without knowing the order. */
const NO_ORDER_NEEDED: readonly Category[] = ['general', 'service_complaint', 'payment_issue'];

/** S25: offers the customer already turned down leave the plan; the next one moves up, listened to (LSCPA). */
export function applyRefusals(plan: Plan, refused: readonly ActionKind[]): Plan {
  const no = new Set(refused);
  if (!no.has(plan.primary) && !plan.alternatives.some((a) => no.has(a))) return plan;
  const alternatives = plan.alternatives.filter((a) => !no.has(a));
  const notes = plan.notes.includes('lscpa') ? plan.notes : [...plan.notes, 'lscpa' as const];
  if (!no.has(plan.primary)) return { ...plan, alternatives, notes };
  const next = alternatives[0] ?? 'escalate_supervisor';
  const actions = [next, ...plan.actions.filter((a) => a !== plan.primary && a !== next && !no.has(a))];
  return {
    ...plan,
    branch: `${plan.branch}+refused`,
    primary: next,
    actions,
    alternatives: alternatives.slice(1),
    notes: [...notes, 'ladder_next'],
  };
}

/** §6: the playbook of the category, then refusals (S25), the privacy rule (S8) and the apology gift (S21). */
export function choosePlaybook(input: PlaybookInput): Plan {
  // S24: without the order nothing can be verified — soothe, then ask for the order number first.
  if (!input.ctx.file.order && !NO_ORDER_NEEDED.includes(input.category)) {
    return makePlan(`${input.category}.ask_order_number`, 'request_evidence', { notes: [] });
  }
  let plan = PLAYBOOKS[input.category](input);
  plan = applyRefusals(plan, input.ctx.file.claim?.refused ?? []);
  if (
    verdictOf(input.facts, 'identity') === 'other_account' &&
    INFO_CATEGORIES.includes(input.category) &&
    plan.primary !== 'deny_info_request'
  ) {
    plan = makePlan(`${input.category}.deny_other_identity`, 'deny_info_request', { notes: ['privacy'] });
  }
  if (input.fault === 'seller' && !plan.notes.includes('apology_gift'))
    plan = { ...plan, notes: [...plan.notes, 'apology_gift'] };
  return plan;
}
