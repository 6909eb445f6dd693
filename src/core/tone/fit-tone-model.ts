/**
 * Fits the learned tone scorer: a logistic "problem" output and a softmax over the kinds, over sparse
 * binary features, trained by AdaGrad with L2 shrinkage. The problem output reads each feature scaled
 * by its naive-Bayes log-count ratio (NBSVM, Wang & Manning 2012), which does better than plain
 * logistic regression on short texts with few examples. Pure and deterministic (a seeded shuffle), so
 * `npm run train:tone` reproduces tone-model.json byte for byte.
 */
/** Probabilities of mutually exclusive outputs from their scores. */
export function softmax(scores: ArrayLike<number>): number[] {
  const values = Array.from(scores);
  const top = Math.max(...values);
  const exps = values.map((v) => Math.exp(v - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/**
 * How strongly each feature leans towards problem or clean sentences: |log((p+α)/(P+α) / ((n+α)/(N+α)))|
 * over the sentences that have it (p of P problem sentences, n of N clean ones).
 */
export function naiveBayesScale(sentences: TrainingSentence[], alpha: number): Map<string, number> {
  const problem = new Map<string, number>();
  const clean = new Map<string, number>();
  let problems = 0;
  let cleans = 0;
  for (const s of sentences) {
    const counts = s.targets[0] === 1 ? problem : clean;
    if (s.targets[0] === 1) problems++;
    else cleans++;
    for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const scale = new Map<string, number>();
  for (const f of new Set([...problem.keys(), ...clean.keys()])) {
    const p = ((problem.get(f) ?? 0) + alpha) / (problems + alpha);
    const n = ((clean.get(f) ?? 0) + alpha) / (cleans + alpha);
    scale.set(f, Math.abs(Math.log(p / n)));
  }
  return scale;
}

export type TrainingSentence = { features: string[]; targets: (0 | 1 | undefined)[] };

export type FitOptions = {
  outputs: number;
  epochs: number;
  rate: number;
  l2: number;
  /** Weight of a positive example per output: problems are rarer than clean sentences. */
  positiveWeight: number;
  seed: number;
};

export type FittedWeights = { bias: number[]; weights: Map<string, Float64Array> };

/** `scale`: per-feature input values of the problem output (1 when absent); folded into the weights. */
export function fitToneModel(
  sentences: TrainingSentence[],
  options: FitOptions,
  scale?: Map<string, number>,
): FittedWeights {
  const { outputs, epochs, rate, l2, positiveWeight } = options;
  const weights = new Map<string, Float64Array>();
  const squared = new Map<string, Float64Array>();
  const bias = new Float64Array(outputs);
  const biasSquared = new Float64Array(outputs).fill(1e-8);
  const order = sentences.map((_, i) => i);
  let seed = options.seed;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const sentence = sentences[index] as TrainingSentence;
      const rows = sentence.features.map((f) => {
        let w = weights.get(f);
        if (!w) {
          w = new Float64Array(outputs);
          weights.set(f, w);
          squared.set(f, new Float64Array(outputs).fill(1e-8));
        }
        return [w, squared.get(f) as Float64Array, scale?.get(f) ?? 1] as const;
      });
      const sums = new Float64Array(outputs);
      for (let o = 0; o < outputs; o++) {
        let sum = bias[o] as number;
        for (const [w, , x] of rows) sum += (w[o] as number) * (o === 0 ? x : 1);
        sums[o] = sum;
      }
      // Output 0 is "a problem" (logistic); the rest share one softmax over the kinds, trained only on
      // sentences with at least one known kind, towards an even split over their kinds.
      const kindTotal = sentence.targets.slice(1).filter((t) => t === 1).length;
      const kindProbabilities = softmax(sums.subarray(1));
      for (let o = 0; o < outputs; o++) {
        const target = sentence.targets[o];
        if (target === undefined) continue;
        if (o > 0 && kindTotal === 0) continue;
        const p = o === 0 ? 1 / (1 + Math.exp(-(sums[0] as number))) : (kindProbabilities[o - 1] as number);
        const y = o === 0 ? target : target / kindTotal;
        const g = (p - y) * (o === 0 && target === 1 ? positiveWeight : 1);
        const biasSq = (biasSquared[o] as number) + g * g;
        biasSquared[o] = biasSq;
        bias[o] = (bias[o] as number) - (rate * g) / Math.sqrt(biasSq);
        for (const [w, sq, x] of rows) {
          const weight = w[o] as number;
          const grad = g * (o === 0 ? x : 1) + l2 * weight;
          const squaredSum = (sq[o] as number) + grad * grad;
          sq[o] = squaredSum;
          w[o] = weight - (rate * grad) / Math.sqrt(squaredSum);
        }
      }
    }
  }
  // Fold the scale into the weights: the stored model scores binary features.
  if (scale) for (const [f, w] of weights) w[0] = (w[0] as number) * (scale.get(f) ?? 1);
  return { bias: [...bias], weights };
}
