import type { CaseContext } from '../assess/case-context.ts';
import type { ActionKind, Category, ClaimWants, Fact, Fault, Prevention } from '../types.ts';

/** Which order lines an action concerns: the claim's lines, every line, or a kind of line. */
export type LineScope = 'claim' | 'all' | 'personalized' | 'perishable';

/** Extra sentences of the rationale beyond the branch's own. */
export type Note =
  | 'valued_customer'
  | 'lscpa'
  | 'apology_gift'
  | 'privacy'
  | 'carrier_preference'
  | 'ladder_next'
  | 'redo_free_large';

/**
 * A playbook's decision, a plain value: the branch taken (its rationale sentence), the plan with the
 * primary action first, the alternatives, and what the money of the plan concerns.
 */
export type Plan = {
  branch: string;
  primary: ActionKind;
  actions: ActionKind[];
  alternatives: ActionKind[];
  prevention: Prevention[];
  scope: LineScope;
  share?: number;
  /** Goodwill: the store gives something it does not owe (store not at fault). */
  goodwill: boolean;
  notes: Note[];
};

export type PlaybookInput = {
  ctx: CaseContext;
  category: Category;
  facts: Record<string, Fact>;
  fault: Fault;
  valued: boolean;
  /** What the customer asks for: the claim's field, else what their words ask for. */
  wants?: ClaimWants;
};

/** The verdict of a fact, or undefined when the fact does not apply. */
export const verdictOf = (facts: Record<string, Fact>, name: string): string | undefined => facts[name]?.verdict;

/** A plan with the defaults filled in: actions start with the primary, no notes, no goodwill. */
export function makePlan(
  branch: string,
  primary: ActionKind,
  rest: Partial<Omit<Plan, 'branch' | 'primary'>> = {},
): Plan {
  const actions = rest.actions ?? [primary];
  return {
    branch,
    primary,
    actions: actions[0] === primary ? actions : [primary, ...actions.filter((a) => a !== primary)],
    alternatives: (rest.alternatives ?? []).filter((a) => !actions.includes(a) && a !== primary),
    prevention: rest.prevention ?? [],
    scope: rest.scope ?? 'claim',
    share: rest.share,
    goodwill: rest.goodwill ?? false,
    notes: rest.notes ?? [],
  };
}

/** The paid value of the lines a scope covers, by list price (for cheap/expensive decisions). */
export function scopeValue(input: PlaybookInput, scope: LineScope): number {
  const lines = input.ctx.file.order?.lines ?? [];
  const claim = input.ctx.file.claim?.lines ?? [];
  if (scope === 'claim' && claim.length) {
    return claim.reduce((sum, c) => {
      const line = lines.find((l) => l.sku === c.sku);
      return sum + (line ? Math.min(c.qty, line.qty) * line.unitPrice : 0);
    }, 0);
  }
  const picked = lines.filter((l) =>
    scope === 'personalized' ? l.personalization : scope === 'perishable' ? l.perishable : true,
  );
  return picked.reduce((sum, l) => sum + l.qty * l.unitPrice, 0);
}

/** The largest unit price among the lines a scope covers (S6: "expensive goods"). */
export function maxUnitPrice(input: PlaybookInput, scope: LineScope): number {
  const lines = input.ctx.file.order?.lines ?? [];
  const skus = new Set((input.ctx.file.claim?.lines ?? []).map((c) => c.sku));
  const picked = lines.filter((l) =>
    scope === 'perishable' ? l.perishable : scope === 'claim' && skus.size ? skus.has(l.sku) : true,
  );
  return picked.reduce((max, l) => Math.max(max, l.unitPrice), 0);
}
