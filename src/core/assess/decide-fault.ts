import type { Category, DisputeKind, Fact, Fault } from '../types.ts';

const DISPUTE: Record<Category, DisputeKind> = {
  order_status: 'none',
  delayed_or_lost: 'logistics',
  delivered_not_received: 'logistics',
  missing_items: 'logistics',
  damaged: 'product',
  spoiled: 'product',
  wrong_item: 'product',
  quality_doubt: 'product',
  personalization_error: 'product',
  return_exchange: 'product',
  refund_request: 'product',
  cancel_order: 'none',
  change_info: 'none',
  payment_issue: 'none',
  courier_complaint: 'logistics',
  service_complaint: 'attitude',
  general: 'none',
};

const TYPICAL_FAULT: Partial<Record<Category, Fault>> = {
  delayed_or_lost: 'carrier',
  damaged: 'carrier',
  wrong_item: 'seller',
  return_exchange: 'customer',
  courier_complaint: 'carrier',
  service_complaint: 'seller',
};

/** S12: the three dispute kinds (product, logistics, service attitude), none for plain questions. */
export function decideDisputeKind(category: Category): DisputeKind {
  return DISPUTE[category];
}

/** §3: who is at fault — the table's typical answer, refined where the evidence says more. */
export function decideFault(category: Category, facts: Record<string, Fact>): Fault {
  if (category === 'personalization_error') {
    const spec = facts.personalization?.verdict;
    return spec === 'shop_error' ? 'seller' : spec === 'customer_input_error' ? 'customer' : 'unknown';
  }
  if (category === 'missing_items' && facts.weight_check?.verdict === 'consistent_with_claim') return 'seller';
  if (category === 'spoiled' && facts.transit_time?.verdict === 'exceeded') return 'carrier';
  return TYPICAL_FAULT[category] ?? 'unknown';
}
