import { CATEGORIES, type Category } from '../types.ts';
import { type Cue, LEXICON } from './lexicon.ts';
import { applyRules } from './rules.ts';

export type CategoryScores = Record<Category, number>;

type CompiledCue = { pattern: RegExp; weight: number };
type CompiledCategory = { category: Category; any: RegExp; cues: CompiledCue[] };

// Problems a customer can deny ("not broken", "没坏", "не разбито"): a negation just before the cue cancels it.
const NEGATABLE: ReadonlySet<Category> = new Set(['damaged', 'spoiled', 'wrong_item', 'missing_items', 'quality_doubt', 'personalization_error']);
const NEGATION_BEFORE = /(?:(?<![a-z\u00c0-\u024f\u0400-\u04ff])(?:not|no|never|without|isn't|wasn't|aren't|weren't|не|нет|ни|без)\s+(?:[^\s]+\s+)?|[没不无未非]有?)$/;
// Lower-case letters of the Latin and Cyrillic alphabets: word boundaries without the slower Unicode mode.
const LETTER = 'a-z\\u00c0-\\u024f\\u0400-\\u04ff';

function toSource([pattern]: Cue): string {
  const start = /^[a-z\u00c0-\u024f\u0400-\u04ff]/.test(pattern) ? `(?<![${LETTER}])` : '';
  return `${start}${pattern.replace(/\((?!\?)/g, '(?:').replace(/\$$/, `(?![${LETTER}])`)}`;
}

// One quick test per category first; the cues are only tried one by one when something matched.
function compile(): CompiledCategory[] {
  return CATEGORIES.map((category) => {
    const cues = LEXICON[category];
    return {
      category,
      any: new RegExp(cues.map((cue) => `(?:${toSource(cue)})`).join('|')),
      cues: [...cues].sort((a, b) => b[1] - a[1]).map((cue) => ({ pattern: new RegExp(toSource(cue), 'g'), weight: cue[1] })),
    };
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

// Overlapping cues ("退换" and "换货" in "退换货") describe one phrase, so a span counts once, for its strongest cue.
function scoreCategory({ category, any, cues }: CompiledCategory, text: string): number {
  if (!any.test(text)) return 0;
  const taken: Array<[number, number]> = [];
  let total = 0;
  for (const { pattern, weight } of cues) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const from = match.index;
      const to = from + Math.max(1, match[0].length);
      if (match[0] === '') pattern.lastIndex++;
      if (taken.some(([a, b]) => from < b && a < to)) continue;
      if (NEGATABLE.has(category) && NEGATION_BEFORE.test(text.slice(Math.max(0, from - 16), from))) continue;
      taken.push([from, to]);
      total += weight;
      break;
    }
  }
  return total;
}

/** Sums the weights of the cue phrases found in a normalised message, then applies the priority rules. */
export function scoreLexicon(normalized: string): CategoryScores {
  const scores = emptyScores();
  for (const entry of compiled) scores[entry.category] = scoreCategory(entry, normalized);
  return applyRules(normalized, scores);
}
