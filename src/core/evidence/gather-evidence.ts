import type { CaseContext } from '../assess/case-context.ts';
import type { Category, Fact } from '../types.ts';
import { checkContactDelay } from './contact-delay.ts';
import { checkCustomerRisk } from './customer-risk.ts';
import { checkDeadline } from './deadline.ts';
import { checkDuplicateClaim } from './duplicate-claim.ts';
import { checkEvidenceProvided } from './evidence-provided.ts';
import { checkIdentity } from './identity.ts';
import { checkOrderValue } from './order-value.ts';
import { checkPaymentRisk } from './payment-risk.ts';
import { checkPersonalization } from './personalization.ts';
import { readTrackingStatus } from './tracking-status.ts';
import { checkTransitTime } from './transit-time.ts';
import { checkWeight } from './weight-check.ts';

/** The facts the category decision itself needs, computed before the category is known. */
export type BaseFacts = { tracking: Fact; identity: Fact; payment: Fact; personalization: Fact };

const CLAIMS: readonly Category[] = [
  'delayed_or_lost',
  'delivered_not_received',
  'missing_items',
  'damaged',
  'spoiled',
  'wrong_item',
  'quality_doubt',
  'personalization_error',
  'refund_request',
  'return_exchange',
  'courier_complaint',
];
const RECEIVED_GOODS: readonly Category[] = [
  'delivered_not_received',
  'missing_items',
  'damaged',
  'spoiled',
  'wrong_item',
  'quality_doubt',
  'return_exchange',
  'refund_request',
];
const NEEDS_PHOTO: readonly Category[] = ['damaged', 'spoiled', 'quality_doubt', 'wrong_item', 'personalization_error'];
const PARCEL: readonly Category[] = [
  'order_status',
  'delayed_or_lost',
  'delivered_not_received',
  'courier_complaint',
  'missing_items',
  'spoiled',
  'cancel_order',
  'change_info',
];

/** Categories whose claim needs a photo or video before anything is granted (S6). */
export function needsPhoto(category: Category): boolean {
  return category === 'damaged' || category === 'spoiled' || category === 'quality_doubt';
}

/** The facts the category decision needs. */
export function gatherBaseFacts(ctx: CaseContext): BaseFacts {
  return {
    tracking: readTrackingStatus(ctx),
    identity: checkIdentity(ctx),
    payment: checkPaymentRisk(ctx),
    personalization: checkPersonalization(ctx),
  };
}

/** §4: every fact that applies to this category and this data, each with its verdict and inputs. */
export function gatherEvidence(ctx: CaseContext, category: Category, base: BaseFacts): Record<string, Fact> {
  const facts: Record<string, Fact> = {};
  const order = ctx.file.order;
  const hasShipment = ctx.shipment !== undefined;
  if (PARCEL.includes(category) || hasShipment) facts.tracking_status = base.tracking;
  if (category === 'missing_items') facts.weight_check = checkWeight(ctx);
  if (
    hasShipment &&
    (category === 'spoiled' ||
      category === 'delayed_or_lost' ||
      category === 'order_status' ||
      category === 'courier_complaint')
  )
    facts.transit_time = checkTransitTime(ctx);
  if (RECEIVED_GOODS.includes(category) && ctx.deliveredAtMs !== undefined)
    facts.contact_delay = checkContactDelay(ctx);
  if (order?.needBy || category === 'delayed_or_lost') facts.deadline = checkDeadline(ctx, base.tracking.verdict);
  if (order) facts.order_value = checkOrderValue(ctx);
  if (order) facts.identity = base.identity;
  if (order?.payment && (category === 'payment_issue' || base.payment.verdict !== 'none'))
    facts.payment_risk = base.payment;
  if (category === 'personalization_error' || base.personalization.verdict !== 'no_data')
    facts.personalization = base.personalization;
  if (NEEDS_PHOTO.includes(category)) facts.evidence_provided = checkEvidenceProvided(ctx);
  const duplicate = ctx.file.otherClaims?.length ? checkDuplicateClaim(ctx) : undefined;
  if (duplicate) facts.duplicate_claim = duplicate;
  if (CLAIMS.includes(category) && ctx.file.customer)
    facts.customer_risk = checkCustomerRisk(ctx, duplicate?.verdict === 'similar_claims_found');
  return facts;
}
