import type { ToneKind } from './check-tone.ts';

/** The rule families: one per script, so a mixed draft is checked by every family it uses. */
export type RuleFamily = 'en' | 'zh' | 'ru';

/**
 * One pattern of a tone problem. `question`: counts only inside a question (sentence ending in "?",
 * or in 吗/么/嘛 for Chinese). `also`: the sentence must also contain this (two cues in any order, such
 * as a certainty word and a delivery word). Both flag the whole sentence. `unless`: the sentence
 * containing the match clears it (a softening "but we can…", an honest "expected"). Patterns are
 * written in lower case: the draft is lower-cased before matching (faster than case-insensitive patterns).
 */
export type ToneRule = { kind: ToneKind; pattern: RegExp; question?: boolean; also?: RegExp; unless?: RegExp };

type RuleOptions = { question?: boolean; also?: string; unless?: string };

/** Builds a rule; patterns are compiled global and Unicode-aware. */
export function rule(kind: ToneKind, source: string, options: RuleOptions = {}): ToneRule {
  const built: ToneRule = { kind, pattern: new RegExp(source, 'gu') };
  if (options.question) built.question = true;
  if (options.also) built.also = new RegExp(options.also, 'u');
  if (options.unless) built.unless = new RegExp(options.unless, 'u');
  return built;
}
