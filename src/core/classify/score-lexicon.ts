import { CATEGORIES, type Category } from '../types.ts';
import { type Cue, LEXICON } from './lexicon.ts';
import { applyRules } from './rules.ts';

export type CategoryScores = Record<Category, number>;

type CompiledCategory = { category: Category; pattern: RegExp; weights: number[] };

// Problems a customer can deny ("not broken", "没坏", "не разбито"): a negation just before the cue cancels it.
const NEGATABLE: ReadonlySet<Category> = new Set(['damaged', 'spoiled', 'wrong_item', 'missing_items', 'quality_doubt', 'personalization_error']);
const NEGATION_BEFORE = /(?:(?<!\p{L})(?:not|no|never|without|isn't|wasn't|aren't|weren't|не|нет|ни|без)\s+(?:\p{L}+\s+)?|[没不无未非]有?)$/u;

function toSource([pattern]: Cue): string {
  const start = /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(pattern) ? '(?<!\\p{L})' : '';
  // Inner groups become non-capturing so that group i+1 of the joined pattern is cue i.
  const body = pattern.replace(/\((?!\?)/g, '(?:').replace(/\$$/, '(?!\\p{L})');
  return `(${start}${body})`;
}

function compile(): CompiledCategory[] {
  return CATEGORIES.map((category) => {
    const cues = LEXICON[category];
    return { category, pattern: new RegExp(cues.map(toSource).join('|'), 'gu'), weights: cues.map(([, w]) => w) };
  });
}

const compiled = compile();

/** An all-zero score table, one entry per category. */
export function emptyScores(): CategoryScores {
  return {
    order_status: 0, delayed_or_lost: 0, delivered_not_received: 0, missing_items: 0, damaged: 0, spoiled: 0, wrong_item: 0,
    quality_doubt: 0, personalization_error: 0, return_exchange: 0, refund_request: 0, cancel_order: 0, change_info: 0,
    payment_issue: 0, courier_complaint: 0, service_complaint: 0, general: 0,
  };
}

function scoreCategory({ category, pattern, weights }: CompiledCategory, text: string): number {
  const seen = new Set<number>();
  let total = 0;
  for (const match of text.matchAll(pattern)) {
    const cue = match.findIndex((group, i) => i > 0 && group !== undefined) - 1;
    if (cue < 0 || seen.has(cue)) continue;
    if (NEGATABLE.has(category) && NEGATION_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    seen.add(cue);
    total += weights[cue] ?? 0;
  }
  return total;
}

/** Sums the weights of the cue phrases found in a normalised message, then applies the priority rules. */
export function scoreLexicon(normalized: string): CategoryScores {
  const scores = emptyScores();
  for (const entry of compiled) scores[entry.category] = scoreCategory(entry, normalized);
  return applyRules(normalized, scores);
}
