import { formatMoney } from '../money/format-money.ts';
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

/** Fills {name} placeholders; unknown names become an empty string, values never carry markup. */
export function fillTemplate(template: string, vars: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '').replace(/[<>]/g, ''));
}

const num = (fact: Fact | undefined, key: string): number | undefined => {
  const value = fact?.[key];
  return typeof value === 'number' ? value : undefined;
};

/** The values the rationale's sentences quote, formatted for the store's language. */
function rationaleVars(input: PlaybookInput, plan: Plan, money: PlanMoney, lang: CoreLanguage, estimate: string): Record<string, string | number | undefined> {
  const currency = input.ctx.file.store?.currency ?? 'USD';
  const fmt = (n: number): string => formatMoney(n, currency, lang);
  const f = input.facts;
  const spec = f.personalization;
  const refund = money.refund?.amount;
  const goods = scopeValue(input, plan.scope);
  const clean = (v: unknown): string | undefined => (typeof v === 'string' ? v.slice(0, 40) : undefined);
  return {
    goods: fmt(goods),
    refund: fmt(refund ?? 0),
    compensation: fmt(money.compensation),
    amount: fmt(num(f.order_value, 'amount') ?? 0),
    limit: fmt(money.approval?.limit ?? input.ctx.policy.refundApprovalLimit),
    personalizedGoods: fmt(scopeValue(input, 'personalized')),
    needBy: clean(f.deadline?.needBy),
    daysSinceScan: num(f.tracking_status, 'daysSinceScan'),
    carrier: clean(input.ctx.shipment?.carrier) ?? '—',
    normMaxDays: num(f.transit_time, 'normMaxDays'),
    transitDays: num(f.transit_time, 'days'),
    contactDays: num(f.contact_delay, 'days'),
    estimate,
    produced: clean(spec?.produced),
    entered: clean(spec?.entered),
    wanted: clean(spec?.wanted),
    returnWindowDays: input.ctx.policy.returnWindowDays,
    clearanceDays: num(f.payment_risk, 'clearanceDays'),
    clearsBy: clean(f.payment_risk?.clearsBy),
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
    if (name === 'customer_risk' && !(typeof fact.deliveryClaims12m === 'number' && fact.deliveryClaims12m > 0)) continue;
    const matches = Array.isArray(fact.matches) ? fact.matches.length : undefined;
    const factVars = { ...vars, ...Object.fromEntries(Object.entries(fact).filter(([, v]) => typeof v === 'number')), matches };
    lines.push(fillTemplate(phrase[lang], factVars));
  }
  const phrase = branchPhrase(plan.branch);
  if (phrase) lines.push(fillTemplate(phrase[lang], vars));
  for (const note of plan.notes) {
    const notePhrase = NOTE_PHRASES[note];
    if (notePhrase) lines.push(fillTemplate(notePhrase[lang], vars));
  }
  const approvalNote = money.approval?.reason === 'escalation' ? undefined : NOTE_PHRASES.approval;
  if (money.needsApproval && approvalNote) lines.push(fillTemplate(approvalNote[lang], vars));
  return lines;
}
