import { CATEGORIES, type Category } from '../types.ts';
import { indexLiterals, markLiveCues, requiredLiteral } from './cue-literal.ts';
import { type Cue, LEXICON } from './lexicon.ts';
import { applyRules } from './rules.ts';

export type CategoryScores = Record<Category, number>;

type CompiledCue = { pattern: RegExp; weight: number };
// Every cue of the lexicon has a number, so a message can mark the ones worth trying (cue-literal.ts);
// a group's cues are numbered first … first + cues.length - 1.
type CueGroup = { cues: CompiledCue[]; first: number };
// Chinese cues and Latin/Cyrillic cues are kept apart so a message only pays for its own scripts.
type CompiledCategory = { category: Category; han: CueGroup; word: CueGroup };

// Problems a customer can deny ("not broken", "没坏", "не разбито"): a negation just before the cue cancels it.
const NEGATABLE: ReadonlySet<Category> = new Set([
  'damaged',
  'spoiled',
  'wrong_item',
  'missing_items',
  'quality_doubt',
  'personalization_error',
]);
const NEGATION_BEFORE =
  /(?:(?<![a-z\u00c0-\u024f\u0400-\u04ff])(?:not|no|never|without|isn't|wasn't|aren't|weren't|не|нет|ни|без)\s+(?:[^\s]+\s+)?|[没不无未非]有?)$/;
// Lower-case letters of the Latin and Cyrillic alphabets: word boundaries without the slower Unicode mode.
const LETTER = 'a-z\\u00c0-\\u024f\\u0400-\\u04ff';

function toSource([pattern]: Cue): string {
  const start = /^[a-z\u00c0-\u024f\u0400-\u04ff]/.test(pattern) ? `(?<![${LETTER}])` : '';
  return `${start}${pattern.replace(/\((?!\?)/g, '(?:').replace(/\$$/, `(?![${LETTER}])`)}`;
}

const HAN = /[\u3400-\u9fff]/;
const WORD_LETTER = /[a-z\u00c0-\u024f\u0400-\u04ff0-9]/;

// Strongest cues first; each cue's required literal goes to `literals` under the cue's number.
function group(cues: readonly Cue[], literals: string[]): CueGroup {
  const sorted = [...cues].sort((a, b) => b[1] - a[1]);
  return {
    first: literals.length,
    cues: sorted.map((cue) => {
      literals.push(requiredLiteral(cue[0]));
      return { pattern: new RegExp(toSource(cue), 'g'), weight: cue[1] };
    }),
  };
}

function compile(literals: string[]): CompiledCategory[] {
  return CATEGORIES.map((category) => {
    const cues = LEXICON[category];
    const han = group(
      cues.filter(([p]) => HAN.test(p)),
      literals,
    );
    return {
      category,
      han,
      word: group(
        cues.filter(([p]) => !HAN.test(p)),
        literals,
      ),
    };
  });
}

const cueLiterals: string[] = [];
const compiled = compile(cueLiterals);
const literalIndex = indexLiterals(cueLiterals);
// Which cues can match the message being scored (reused: scoring is synchronous).
const live = new Uint8Array(cueLiterals.length);

/** An all-zero score table, one entry per category. */
export function emptyScores(): CategoryScores {
  return {
    order_status: 0,
    delayed_or_lost: 0,
    delivered_not_received: 0,
    missing_items: 0,
    damaged: 0,
    spoiled: 0,
    wrong_item: 0,
    quality_doubt: 0,
    personalization_error: 0,
    return_exchange: 0,
    refund_request: 0,
    cancel_order: 0,
    change_info: 0,
    payment_issue: 0,
    courier_complaint: 0,
    service_complaint: 0,
    general: 0,
  };
}

// Overlapping cues ("退换" and "换货" in "退换货") describe one phrase, so a span counts once, for its strongest cue.
function scoreGroup(
  category: Category,
  { cues, first }: CueGroup,
  text: string,
  taken: Array<[number, number]>,
): number {
  let total = 0;
  for (let i = 0; i < cues.length; i++) {
    if (!live[first + i]) continue; // its literal is not in the text: it cannot match
    const cue = cues[i];
    if (!cue) continue;
    const { pattern, weight } = cue;
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
  const hasHan = HAN.test(normalized);
  const hasWords = WORD_LETTER.test(normalized);
  markLiveCues(literalIndex, normalized, live);
  for (const { category, han, word } of compiled) {
    const taken: Array<[number, number]> = [];
    scores[category] =
      (hasHan ? scoreGroup(category, han, normalized, taken) : 0) +
      (hasWords ? scoreGroup(category, word, normalized, taken) : 0);
  }
  return applyRules(normalized, scores);
}
