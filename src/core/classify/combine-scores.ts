import { CATEGORIES } from '../types.ts';
import { type CategoryScores, emptyScores } from './score-lexicon.ts';

/** How much each source counts; chosen by cross-validation in `npm run train`. */
export type Blend = { lexiconScale: number; bayesScale: number; generalBias: number; noCueGeneralBias: number };

/** Softmax over lexicon weights and naive Bayes log-likelihoods: calibrated-ish probabilities per category. */
export function combineScores(lexicon: CategoryScores, bayes: Float64Array, blend: Blend): CategoryScores {
  // A message where no cue phrase fires is, more often than not, a question or a greeting.
  const hasCue = CATEGORIES.some((c) => lexicon[c] > 0);
  const generalBias = blend.generalBias + (hasCue ? 0 : blend.noCueGeneralBias);
  const logits = CATEGORIES.map(
    (c, i) =>
      blend.lexiconScale * lexicon[c] + blend.bayesScale * (bayes[i] ?? 0) + (c === 'general' ? generalBias : 0),
  );
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  const out = emptyScores();
  CATEGORIES.forEach((c, i) => {
    out[c] = (exps[i] ?? 0) / sum;
  });
  return out;
}
