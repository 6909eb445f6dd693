import { softmax } from './fit-tone-model.ts';
import { LEARNED_KINDS, type LearnedKind } from './tone-kinds.ts';
import type { RuleFamily } from './tone-rule.ts';

export { LEARNED_KINDS, type LearnedKind };

/**
 * The trained artefact (src/core/tone/tone-model.json, written by `npm run train:tone`): output 0 is
 * the logistic "this sentence has a problem", outputs 1… a softmax over the kinds. Feature i (line i
 * of `features`) has `counts[i]` non-zero weights, stored in order in `pairs` as output, weight,
 * output, weight… (flat arrays keep the file small and loading fast). A sentence is flagged when
 * output 0 reaches its script's `threshold` (picked by cross-validation to keep good drafts clean).
 */
export type StoredToneModel = {
  outputs: string[];
  bias: number[];
  features: string;
  counts: number[];
  pairs: number[];
  threshold: Record<RuleFamily, number>;
  /** A rule's finding is dropped when the sentence's problem probability is below this. */
  veto: Record<RuleFamily, number>;
  /** A second kind is named too when its probability reaches this. */
  secondKind: number;
};

/** The artefact ready to score: each feature's [output, weight, output, weight…]. */
export type ToneModel = Omit<StoredToneModel, 'features' | 'counts' | 'pairs'> & {
  weights: Map<string, ArrayLike<number>>;
};

export function loadToneModel(stored: StoredToneModel): ToneModel {
  const { features, counts, pairs, ...rest } = stored;
  const all = Float64Array.from(pairs);
  const weights = new Map<string, ArrayLike<number>>();
  let at = 0;
  features.split('\n').forEach((feature, i) => {
    const length = 2 * (counts[i] as number);
    if (feature) weights.set(feature, all.subarray(at, at + length));
    at += length;
  });
  return { ...rest, weights };
}

/** The inverse of loadToneModel, for `npm run train:tone`. */
export function storeToneModel(model: ToneModel): StoredToneModel {
  const { weights, ...rest } = model;
  const entries = [...weights];
  return {
    ...rest,
    features: entries.map(([feature]) => feature).join('\n'),
    counts: entries.map(([, w]) => w.length / 2),
    pairs: entries.flatMap(([, w]) => Array.from(w)),
  };
}

export type SentenceVerdict = { problem: number; kinds: LearnedKind[] };

/** The probability that a sentence has a problem, whatever its kind. */
export function problemProbability(model: ToneModel, features: string[]): number {
  return scoreFeatures(model, features)[0] as number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The probability of a problem, then the probability of each kind given a problem. */
export function scoreFeatures(model: ToneModel, features: string[]): number[] {
  const sums = Float64Array.from(model.bias);
  for (const feature of features) {
    const pairs = model.weights.get(feature);
    if (!pairs) continue;
    for (let i = 0; i < pairs.length; i += 2) {
      const output = pairs[i] as number;
      sums[output] = (sums[output] as number) + (pairs[i + 1] as number);
    }
  }
  return [sigmoid(sums[0] as number), ...softmax(sums.subarray(1))];
}

/** The verdict on one sentence: undefined when it reads clean, else its most likely kinds. */
export function judgeSentence(model: ToneModel, family: RuleFamily, features: string[]): SentenceVerdict | undefined {
  const [problem = 0, ...byKind] = scoreFeatures(model, features);
  if (problem < model.threshold[family]) return undefined;
  return { problem, kinds: likelyKinds(byKind, model.secondKind) };
}

/** The most likely kind, then any other whose probability reaches `secondKind`, most likely first. */
export function likelyKinds(byKind: number[], secondKind: number): LearnedKind[] {
  const ranked = byKind.map((p, i) => ({ p, kind: LEARNED_KINDS[i] as LearnedKind })).sort((a, b) => b.p - a.p);
  return ranked.filter((r, i) => i === 0 || r.p >= secondKind).map((r) => r.kind);
}
