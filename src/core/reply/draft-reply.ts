import type { CaseContext } from '../assess/case-context.ts';
import { estimateArrival } from '../estimate/estimate-arrival.ts';
import { expeditedNorm } from '../estimate/transit-norms.ts';
import { formatMoney } from '../money/format-money.ts';
import { fillTemplate, toCoreLanguage } from '../playbooks/render-rationale.ts';
import {
  type Category,
  CORE_LANGUAGES,
  type CoreLanguage,
  type Fact,
  type Fault,
  type LanguageTag,
  type Recommendation,
  type Stage,
} from '../types.ts';
import { formatDay } from './format-date.ts';
import {
  ACTION_PHRASES,
  AFTER_TRACE,
  APOLOGY_GIFT,
  BRANCH_REPLY,
  CLOSING,
  CUSTOMER_RETURN,
  FACTS,
  GENERAL_INVITE,
  GREETING,
  GREETING_PLAIN,
  LSCPA_ACK,
  LSCPA_ASK,
  REFUSED_DEFAULT,
  REFUSED_NOUNS,
  soothePhrase,
} from './reply-phrases.ts';

export type ReplyInput = {
  ctx: CaseContext;
  customerLanguage: LanguageTag;
  category: Category;
  stage: Stage;
  facts: Record<string, Fact>;
  recommendation: Recommendation;
  fault: Fault;
};

export type ReplyDraft = { language: LanguageTag; text: string; needsTranslation?: boolean };

/** Categories whose reply carries the parcel's facts (S11: carrier, tracking number, honest estimate). */
const PARCEL_FACTS: readonly Category[] = [
  'order_status',
  'delayed_or_lost',
  'delivered_not_received',
  'courier_complaint',
  'cancel_order',
  'change_info',
];

/** Categories whose reply also quotes the honest arrival window (not a parcel being cancelled or redirected). */
const ESTIMATE_FACTS: readonly Category[] = [
  'order_status',
  'delayed_or_lost',
  'delivered_not_received',
  'courier_complaint',
];

/** Interpolated values lose markup characters and are kept short: customer text never comes back as markup. */
export const cleanValue = (value: unknown, max = 60): string =>
  typeof value === 'string'
    ? value
        .replace(/<[^>]*>/g, '')
        .replace(/[<>]/g, '')
        .slice(0, max)
        .trim()
    : '';

/** S8: order details only for the ordering identity (or when the order records no identity to check against). */
export function mayDiscloseOrder(ctx: CaseContext, facts: Record<string, Fact>): boolean {
  if (!ctx.file.order) return true;
  if (!ctx.file.order.identity) return true;
  return facts.identity?.verdict === 'ordering_account';
}

/** The reply's language: the customer's when supported, else the store's, flagged for translation (S22). */
export function chooseReplyLanguage(
  customer: LanguageTag,
  store: LanguageTag | undefined,
): { language: CoreLanguage; needsTranslation: boolean } {
  const supported = CORE_LANGUAGES.find((l) => l === customer);
  if (supported) return { language: supported, needsTranslation: false };
  return { language: toCoreLanguage(store), needsTranslation: customer !== 'und' };
}

/** The claimed lines as "1 × Linen napkins (dozen)", joined; the line names come from the order, markup stripped. */
function describeClaimedItems(input: ReplyInput): string {
  const lines = input.ctx.file.order?.lines ?? [];
  const claimed = input.ctx.file.claim?.lines ?? [];
  const parts = claimed.slice(0, 5).map((c) => {
    const line = lines.find((l) => l.sku === c.sku);
    return `${c.qty} × ${cleanValue(line?.name ?? c.sku, 60)}`;
  });
  return parts.join(', ') || cleanValue(lines[0]?.name, 60);
}

/** The reply's values plus an honest window as {from} and {to}. */
function withWindow(
  vars: (name: string) => string,
  est: { earliest: string; latest: string },
  lang: CoreLanguage,
): (name: string) => string {
  return (name) =>
    name === 'from' ? formatDay(est.earliest, lang) : name === 'to' ? formatDay(est.latest, lang) : vars(name);
}

/** The parcel's facts in the reply: carrier and tracking, then delivered / stalled / an honest window. */
function parcelLines(input: ReplyInput, lang: CoreLanguage, vars: (name: string) => string): string[] {
  const { ctx } = input;
  const tracking = input.facts.tracking_status?.verdict;
  if (!ctx.shipment) {
    if (!ctx.file.order || ctx.file.order.status === 'cancelled' || !ESTIMATE_FACTS.includes(input.category)) return [];
    const est = estimateArrival({ nowMs: ctx.nowMs, history: ctx.file.store?.transitHistory });
    return [fillTemplate(FACTS.notShipped[lang], withWindow(vars, est, lang))];
  }
  const lines = vars('trackingNo') ? [fillTemplate(FACTS.parcel[lang], vars)] : [];
  if (tracking === 'delivered' && ctx.deliveredAtMs !== undefined)
    lines.push(fillTemplate(FACTS.delivered[lang], vars));
  else if (tracking === 'stalled') lines.push(fillTemplate(FACTS.stalled[lang], vars));
  else if (tracking === 'in_transit' && ESTIMATE_FACTS.includes(input.category)) {
    const est = estimateArrival({
      carrier: ctx.shipment.carrier,
      service: ctx.shipment.service,
      shippedAtMs: ctx.shippedAtMs,
      nowMs: ctx.nowMs,
      history: ctx.file.store?.transitHistory,
    });
    lines.push(fillTemplate(FACTS.estimate[lang], withWindow(vars, est, lang)));
  }
  return lines;
}

/** Values the reply quotes, formatted for the reply's language and stripped of markup, computed when asked for. */
function replyVars(input: ReplyInput, lang: CoreLanguage): (name: string) => string {
  const { ctx, recommendation } = input;
  const currency = ctx.file.store?.currency ?? 'USD';
  const reship = (): ReturnType<typeof estimateArrival> =>
    estimateArrival({ nowMs: ctx.nowMs, shippedAtMs: ctx.nowMs, override: expeditedNorm() });
  const spec = input.facts.personalization;
  return (name) => {
    switch (name) {
      case 'name':
        return cleanValue(ctx.file.customer?.name, 40);
      case 'orderId':
        return cleanValue(ctx.file.order?.id, 40);
      case 'carrier':
        return cleanValue(ctx.shipment?.carrier, 40);
      case 'trackingNo':
        return cleanValue(ctx.shipment?.trackingNo, 60);
      case 'since': {
        const last = ctx.events.at(-1);
        return last ? formatDay(last.at, lang) : '';
      }
      case 'deliveredOn':
        return ctx.deliveredAtMs !== undefined ? formatDay(new Date(ctx.deliveredAtMs).toISOString(), lang) : '';
      case 'refund':
        return formatMoney(recommendation.refund?.amount ?? 0, currency, lang);
      case 'compensation':
        return formatMoney(
          recommendation.primary === 'compensation' ? recommendation.estimatedCost : 0,
          currency,
          lang,
        );
      case 'items':
        return describeClaimedItems(input);
      case 'days':
        return String(
          input.category === 'payment_issue' ? ctx.policy.chequeClearanceDays : ctx.policy.returnWindowDays,
        );
      case 'reshipFrom':
        return formatDay(reship().earliest, lang);
      case 'reshipTo':
        return formatDay(reship().latest, lang);
      case 'entered':
        return cleanValue(spec?.entered, 20);
      case 'wanted':
        return cleanValue(spec?.wanted, 20);
      case 'refused': {
        const refused = ctx.file.claim?.refused?.at(-1);
        return ((refused && REFUSED_NOUNS[refused]) ?? REFUSED_DEFAULT)[lang];
      }
      default:
        return '';
    }
  };
}

/** S9/S10/S16/S25: a warm draft — soothe, the facts, the plan, the next offer after a refusal — never order data to a stranger. */
export function draftReply(input: ReplyInput): ReplyDraft {
  const { language: lang, needsTranslation } = chooseReplyLanguage(
    input.customerLanguage,
    input.ctx.file.store?.language,
  );
  const vars = replyVars(input, lang);
  const disclose = mayDiscloseOrder(input.ctx, input.facts);
  const parts: string[] = [vars('name') && disclose ? fillTemplate(GREETING[lang], vars) : GREETING_PLAIN[lang]];
  const primary = input.recommendation.primary;
  if (!disclose) {
    parts.push(ACTION_PHRASES.deny_info_request?.[lang] ?? '');
  } else {
    parts.push(soothePhrase(input.category, primary)[lang]);
    if (input.stage === 'negotiate') parts.push(fillTemplate(LSCPA_ACK[lang], vars));
    if (PARCEL_FACTS.includes(input.category)) parts.push(...parcelLines(input, lang, vars));
    const customerChoice =
      input.fault === 'customer' || input.category === 'refund_request' || input.category === 'return_exchange';
    const branchKey = (input.recommendation.branch ?? '').replace(/\+refused$/, '');
    const byBranch = BRANCH_REPLY[branchKey] ?? BRANCH_REPLY[`*.${branchKey.split('.').slice(1).join('.')}`];
    // A branch sentence naming the items needs items to name; otherwise the action's own sentence.
    const branch = byBranch?.[lang].includes('{items}') && !vars('items') ? undefined : byBranch;
    const action = branch ?? (customerChoice ? CUSTOMER_RETURN[primary] : undefined) ?? ACTION_PHRASES[primary];
    if (action) parts.push(fillTemplate(action[lang], vars));
    else if (input.category === 'general') parts.push(GENERAL_INVITE[lang]);
    const remedy = primary === 'carrier_trace' ? input.recommendation.actions.find((a) => AFTER_TRACE[a]) : undefined;
    const after = remedy ? AFTER_TRACE[remedy] : undefined;
    if (after) parts.push(fillTemplate(after[lang], vars));
    if (input.recommendation.apologyGift) parts.push(APOLOGY_GIFT[lang]);
    if (input.stage === 'negotiate') parts.push(LSCPA_ASK[lang]);
  }
  parts.push(CLOSING[lang]);
  const text = parts.filter((s) => s.length > 0).join(lang === 'en' || lang === 'ru' ? '\n\n' : '\n');
  return needsTranslation ? { language: lang, text, needsTranslation: true } : { language: lang, text };
}
