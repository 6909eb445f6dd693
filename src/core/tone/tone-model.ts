import type { ToneKind } from './check-tone.ts';
import { softmax } from './fit-tone-model.ts';
import type { RuleFamily } from './tone-rule.ts';

/** The kinds the learned scorer reads (privacy needs the case's data, which findPrivacyLeaks checks). */
export const LEARNED_KINDS = [
  'rebuttal',
  'doubting_customer',
  'rhetorical_question',
  'sarcasm',
  'blaming_customer',
  'dismissive',
  'others_never_complained',
  'over_promise',
] as const satisfies readonly ToneKind[];
export type LearnedKind = (typeof LEARNED_KINDS)[number];

/**
 * The trained artefact (src/core/tone/tone-model.json, written by `npm run train:tone`): output 0 is
 * the logistic "this sentence has a problem", outputs 1… a softmax over the kinds. `weights` holds one
 * line per feature, "feature<TAB>output:weight output:weight…" (one string keeps the file small and
 * the type checker fast). A sentence is flagged when output 0 reaches its script's `threshold`
 * (picked by cross-validation to keep good drafts clean).
 */
export type StoredToneModel = {
  outputs: string[];
  bias: number[];
  weights: string;
  threshold: Record<RuleFamily, number>;
  /** A rule's finding is dropped when the sentence's problem probability is below this. */
  veto: Record<RuleFamily, number>;
  /** A second kind is named too when its probability reaches this. */
  secondKind: number;
};

/** The artefact ready to score: weights as flat [output, weight, output, weight…] per feature. */
export type ToneModel = Omit<StoredToneModel, 'weights'> & { weights: Map<string, number[]> };

export function loadToneModel(stored: StoredToneModel): ToneModel {
  const weights = new Map<string, number[]>();
  for (const line of stored.weights.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    weights.set(
      line.slice(0, tab),
      line
        .slice(tab + 1)
        .split(' ')
        .flatMap((pair) => pair.split(':').map(Number)),
    );
  }
  return { ...stored, weights };
}

/** The inverse of loadToneModel, for `npm run train:tone`. */
export function storeWeights(weights: Map<string, number[]>): string {
  return [...weights]
    .map(([feature, pairs]) => {
      const parts: string[] = [];
      for (let i = 0; i < pairs.length; i += 2) parts.push(`${pairs[i]}:${pairs[i + 1]}`);
      return `${feature}\t${parts.join(' ')}`;
    })
    .join('\n');
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
  const ranked = byKind.map((p, i) => ({ p, kind: LEARNED_KINDS[i] as LearnedKind })).sort((a, b) => b.p - a.p);
  const kinds = ranked.filter((r, i) => i === 0 || r.p >= model.secondKind).map((r) => r.kind);
  return { problem, kinds };
}
