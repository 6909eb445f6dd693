import type { Classification } from '../classify/classify-text.ts';
import { CATEGORIES, type Category, CORE_LANGUAGES, type Fact, type LanguageTag } from '../types.ts';
import type { CaseContext } from './case-context.ts';

/** Below this the text alone does not decide; the structured context does. */
export const TEXT_CONFIDENCE = 0.45;

export type CategoryDecision = {
  category: Category;
  source: 'context' | 'text' | 'text+context' | 'fallback';
  textCategory: Category;
  confidence: number;
};

type BaseFacts = { tracking: Fact; identity: Fact; payment: Fact; personalization: Fact };

const isCategory = (value: unknown): value is Category =>
  typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);

/** Context that settles the category whatever the words: a wrong monogram against the spec, an uncleared cheque. */
function decisiveContext(ctx: CaseContext, base: BaseFacts, text: Category): Category | undefined {
  const spec = base.personalization.verdict;
  if (ctx.file.claim?.wanted !== undefined && (spec === 'customer_input_error' || spec === 'shop_error'))
    return 'personalization_error';
  if (base.payment.verdict === 'uncleared_cheque' && text !== 'cancel_order' && text !== 'change_info')
    return 'payment_issue';
  return undefined;
}

/** The text's category reconciled with the tracking: "not received" on a parcel still moving is a delay, and so on. */
function reconcileWithTracking(text: Category, base: BaseFacts, scores?: Classification['scores']): Category {
  // Someone other than the buyer asking about an order is an information request first (S8).
  if (base.identity.verdict === 'other_account' && (text === 'order_status' || text === 'general'))
    return 'change_info';
  const tracking = base.tracking.verdict;
  const delivered = tracking === 'delivered';
  const stuck = tracking === 'stalled' || base.tracking.presumedLost === true;
  // "Where is it?" on a delivered parcel means "I don't have it" — unless the words carry no sign of a problem.
  const soundsMissing =
    !scores ||
    Object.keys(scores).length === 0 ||
    (scores.delivered_not_received ?? 0) + (scores.delayed_or_lost ?? 0) >= 0.05;
  if (text === 'delayed_or_lost' && delivered) return 'delivered_not_received';
  if (text === 'order_status' && delivered && soundsMissing) return 'delivered_not_received';
  if (text === 'order_status' && stuck) return 'delayed_or_lost';
  if (text === 'delivered_not_received' && (tracking === 'in_transit' || stuck)) return 'delayed_or_lost';
  return text;
}

/** A wish about the outcome rather than a problem: the problem underneath decides the playbook. */
const WISHES: readonly Category[] = ['refund_request', 'return_exchange'];
const PROBLEMS: readonly Category[] = [
  'delivered_not_received',
  'delayed_or_lost',
  'missing_items',
  'damaged',
  'spoiled',
  'wrong_item',
  'quality_doubt',
  'personalization_error',
];
/** The share of the classifier's belief a problem needs next to a wish ("not received … refund me"). */
const PROBLEM_SCORE = 0.1;

/**
 * "I never got it, refund me" reads as a refund request; the problem it names (here: not received,
 * which the tracking confirms) is what the desk must handle. The wish survives as `wants`.
 */
function problemBehindWish(text: Category, classification: Classification, base: BaseFacts): Category | undefined {
  if (!WISHES.includes(text)) return undefined;
  const ranked = Object.entries(classification.scores)
    .filter((e): e is [Category, number] => isCategory(e[0]) && typeof e[1] === 'number' && e[1] >= PROBLEM_SCORE)
    .sort((a, b) => b[1] - a[1]);
  for (const [category] of ranked) {
    const reconciled = reconcileWithTracking(category, base);
    if (PROBLEMS.includes(reconciled)) return reconciled;
  }
  return undefined;
}

/** When the words are unclear: what the claim fields and the parcel say the case is about. */
function categoryFromContext(ctx: CaseContext, base: BaseFacts): Category | undefined {
  const claim = ctx.file.claim;
  const refused = claim?.refused ?? [];
  if (refused.includes('compensation') || refused.includes('exchange')) return 'wrong_item';
  if (claim?.wants === 'cancel') return 'cancel_order';
  if (claim?.wants === 'redo' && base.personalization.verdict !== 'no_data') return 'personalization_error';
  if (claim?.storage !== undefined || claim?.hotWeather !== undefined) return 'spoiled';
  if (claim?.packagingDamaged !== undefined || claim?.damagedShare !== undefined) {
    return (ctx.file.order?.lines ?? []).some((l) => l.perishable) ? 'spoiled' : 'damaged';
  }
  if (claim?.wants === 'exchange') return 'return_exchange';
  if (claim?.wants === 'refund') return 'refund_request';
  if (base.tracking.verdict === 'stalled' || base.tracking.verdict === 'exception') return 'delayed_or_lost';
  if (claim?.lines?.length && base.tracking.verdict === 'delivered') return 'missing_items';
  if (base.tracking.verdict === 'in_transit' || claim?.wants === 'info') return 'order_status';
  return undefined;
}

/** §3: the category from the classifier's reading of the words and the case's structured context. */
export function decideCategory(
  ctx: CaseContext,
  base: BaseFacts,
  classification: Classification,
  language: LanguageTag,
): CategoryDecision {
  const textCategory = isCategory(classification.category) ? classification.category : 'general';
  // The classifier knows four languages; in any other its confidence means little.
  const known = CORE_LANGUAGES.some((l) => l === language);
  const confidence = known && Number.isFinite(classification.confidence) ? classification.confidence : 0;
  const decisive = decisiveContext(ctx, base, textCategory);
  if (decisive) return { category: decisive, source: 'context', textCategory, confidence };
  const confident = confidence >= TEXT_CONFIDENCE && textCategory !== 'general';
  if (!confident) {
    const fromContext = categoryFromContext(ctx, base);
    if (fromContext)
      return { category: reconcileWithTracking(fromContext, base), source: 'context', textCategory, confidence };
  }
  const problem = confident ? problemBehindWish(textCategory, classification, base) : undefined;
  if (problem) return { category: problem, source: 'text+context', textCategory, confidence };
  // Unsure words in a language the classifier does not know: a general question until a person reads it.
  let category = known ? reconcileWithTracking(textCategory, base, classification.scores) : 'general';
  // Food that "arrived damaged" with storage details on the claim is a spoilage case (S6).
  if (category === 'damaged' && (ctx.file.claim?.storage !== undefined || ctx.file.claim?.hotWeather !== undefined))
    category = 'spoiled';
  return {
    category,
    source: category === textCategory ? (confident ? 'text' : 'fallback') : 'text+context',
    textCategory,
    confidence,
  };
}
