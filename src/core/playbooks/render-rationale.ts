import { formatMoney } from '../money/format-money.ts';
import { REFUSED_DEFAULT, REFUSED_NOUNS } from '../reply/reply-phrases.ts';
import { CORE_LANGUAGES, type CoreLanguage, type Fact, type LanguageTag } from '../types.ts';
import type { PlanMoney } from './cost-plan.ts';
import type { Plan, PlaybookInput } from './plan.ts';
import { scopeValue } from './plan.ts';
import { BRANCH_PHRASES, type Phrase } from './rationale-branches.ts';
import { FACT_PHRASES, NOTE_PHRASES } from './rationale-notes.ts';

/** A supported language, or English for any other store language. */
export function toCoreLanguage(language: LanguageTag | undefined): CoreLanguage {
  return CORE_LANGUAGES.find((l) => l === language) ?? 'en';
}

/** Placeholder values: a record, or a lookup that computes each value only when a template asks for it. */
export type TemplateVars =
  | Record<string, string | number | undefined>
  | ((name: string) => string | number | undefined);

/** Fills {name} placeholders; unknown names become an empty string, values never carry markup. */
export function fillTemplate(template: string, vars: TemplateVars): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    String((typeof vars === 'function' ? vars(name) : vars[name]) ?? '').replace(/[<>]/g, ''),
  );
}

const num = (fact: Fact | undefined, key: string): number | undefined => {
  const value = fact?.[key];
  return typeof value === 'number' ? value : undefined;
};

/** The values the rationale's sentences quote, formatted for the store's language when asked for. */
function rationaleVars(
  input: PlaybookInput,
  plan: Plan,
  money: PlanMoney,
  lang: CoreLanguage,
  estimate: string,
): (name: string) => string | number | undefined {
  const currency = input.ctx.file.store?.currency ?? 'USD';
  const fmt = (n: number): string => formatMoney(n, currency, lang);
  const f = input.facts;
  const clean = (v: unknown): string | undefined => (typeof v === 'string' ? v.slice(0, 40) : undefined);
  return (name) => {
    switch (name) {
      case 'goods':
        return fmt(scopeValue(input, plan.scope));
      case 'refund':
        return fmt(money.refund?.amount ?? 0);
      case 'compensation':
        return fmt(money.compensation);
      case 'amount':
        return fmt(num(f.order_value, 'amount') ?? 0);
      case 'limit':
        return fmt(money.approval?.limit ?? input.ctx.policy.refundApprovalLimit);
      case 'personalizedGoods':
        return fmt(scopeValue(input, 'personalized'));
      case 'needBy':
        return clean(f.deadline?.needBy);
      case 'daysSinceScan':
        return num(f.tracking_status, 'daysSinceScan');
      case 'carrier':
        return clean(input.ctx.shipment?.carrier) ?? '—';
      case 'normMaxDays':
        return num(f.transit_time, 'normMaxDays');
      case 'transitDays':
        return num(f.transit_time, 'days');
      case 'contactDays':
        return num(f.contact_delay, 'days');
      case 'estimate':
        return estimate;
      case 'produced':
        return clean(f.personalization?.produced);
      case 'entered':
        return clean(f.personalization?.entered);
      case 'wanted':
        return clean(f.personalization?.wanted);
      case 'returnWindowDays':
        return input.ctx.policy.returnWindowDays;
      case 'clearanceDays':
        return num(f.payment_risk, 'clearanceDays');
      case 'clearsBy':
        return clean(f.payment_risk?.clearsBy);
      case 'nextOffer':
        return (REFUSED_NOUNS[plan.primary] ?? REFUSED_DEFAULT)[lang];
      default:
        return undefined;
    }
  };
}

/** The branch's sentence: exact "category.branch" first, then the shared "*.branch". */
function branchPhrase(branch: string): Phrase | undefined {
  const base = branch.replace(/\+refused$/, '');
  return BRANCH_PHRASES[base] ?? BRANCH_PHRASES[`*.${base.split('.').slice(1).join('.')}`];
}

/** The plan's reasons in plain words in the store's language: the evidence, the branch, then its notes. */
export function renderRationale(input: PlaybookInput, plan: Plan, money: PlanMoney, estimate: string): string[] {
  const lang = toCoreLanguage(input.ctx.file.store?.language);
  const vars = rationaleVars(input, plan, money, lang, estimate);
  const lines: string[] = [];
  for (const name of ['weight_check', 'duplicate_claim', 'customer_risk']) {
    const fact = input.facts[name];
    const phrase = fact && FACT_PHRASES[`${name}.${fact.verdict}`];
    if (!phrase || !fact) continue;
    if (name === 'customer_risk' && !(typeof fact.deliveryClaims12m === 'number' && fact.deliveryClaims12m > 0))
      continue;
    const factVars = (name: string): string | number | undefined => {
      if (name === 'matches') return Array.isArray(fact.matches) ? fact.matches.length : undefined;
      const value = fact[name];
      return typeof value === 'number' ? value : vars(name);
    };
    lines.push(fillTemplate(phrase[lang], factVars));
  }
  // After a refusal the branch's own sentence describes the offer that was turned down: the notes say what is next.
  const phrase = plan.branch.endsWith('+refused') ? undefined : branchPhrase(plan.branch);
  if (phrase) lines.push(fillTemplate(phrase[lang], vars));
  for (const note of plan.notes) {
    const notePhrase = NOTE_PHRASES[note];
    if (notePhrase) lines.push(fillTemplate(notePhrase[lang], vars));
  }
  const approvalNote = money.approval?.reason === 'escalation' ? undefined : NOTE_PHRASES.approval;
  if (money.needsApproval && approvalNote) lines.push(fillTemplate(approvalNote[lang], vars));
  return lines;
}
