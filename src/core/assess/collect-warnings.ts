import type { ActionKind, Category, Fact, LanguageTag } from '../types.ts';
import type { CaseContext } from './case-context.ts';
import type { CategoryDecision } from './decide-category.ts';

export type WarningInput = {
  ctx: CaseContext;
  category: Category;
  decision: CategoryDecision;
  facts: Record<string, Fact>;
  customerLanguage: LanguageTag;
  replyLanguage: LanguageTag;
  needsTranslation: boolean;
  actions: ActionKind[];
};

const PRODUCT: readonly Category[] = ['damaged', 'spoiled', 'quality_doubt', 'wrong_item'];

/** S26: what a carrier trace or claim needs that the case file does not hold yet. */
function carrierClaimGaps(input: WarningInput): string[] {
  if (!input.actions.includes('carrier_claim') && !input.actions.includes('carrier_trace')) return [];
  const shipment = input.ctx.shipment;
  const gaps: string[] = [];
  if (!shipment?.trackingNo) gaps.push('tracking number');
  if (input.actions.includes('carrier_claim')) {
    if (PRODUCT.includes(input.category) && input.facts.evidence_provided?.verdict !== 'yes') gaps.push('photos');
    if (input.category === 'delivered_not_received' && shipment?.signature !== true)
      gaps.push('a signed delivery confirmation (ask the carrier for the proof of delivery)');
  }
  return gaps;
}

const MARKUP = /<\s*\/?\s*[a-z!][^>]*>/i;

/** Problems a person should know about before acting: privacy, translation, missing data, fraud signs, markup. */
export function collectWarnings(input: WarningInput): string[] {
  const { ctx, facts } = input;
  const out: string[] = [];
  if (Number.isNaN(Date.parse(ctx.file.now)))
    out.push('input: "now" is not a readable time; dates were computed from 1970-01-01');
  if (ctx.inbound.length === 0) out.push('missing: no message from the customer');
  if (!ctx.file.order) out.push('missing: no order in the case file — ask for the order number');
  if (facts.identity?.verdict === 'other_account')
    out.push(
      'privacy: the sender is not the account that placed the order — order details are withheld and the attempt should be logged',
    );
  if (facts.identity?.verdict === 'unknown' && ctx.file.order?.identity)
    out.push('privacy: the sender could not be matched to the ordering account — order details are withheld');
  if (input.needsTranslation)
    out.push(
      `translation: the customer wrote in ${input.customerLanguage}; the draft is in ${input.replyLanguage} and needs translating`,
    );
  if (facts.weight_check?.verdict === 'no_data')
    out.push('missing: package weight or item weights, needed to check a short-shipment claim');
  if (facts.transit_time?.verdict === 'no_data') out.push('missing: ship date of the parcel');
  if (facts.duplicate_claim?.verdict === 'similar_claims_found')
    out.push('fraud: near-identical claim texts from other customers');
  if (ctx.file.order?.needBy && facts.deadline === undefined) out.push('input: needBy is not a readable date');
  if (
    input.decision.source === 'context' &&
    input.decision.confidence >= 0.45 &&
    input.decision.textCategory !== input.category
  ) {
    out.push(`category: the message reads as ${input.decision.textCategory}, the case data says ${input.category}`);
  }
  const gaps = carrierClaimGaps(input);
  if (gaps.length) out.push(`missing: the carrier trace or claim needs ${gaps.join(', ')}`);
  if (ctx.inbound.some((m) => MARKUP.test(m.text)))
    out.push('input: a customer message contains markup; it is shown as text only');
  return out;
}
