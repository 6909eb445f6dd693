// Multinomial naive Bayes over presence features, small enough to ship as JSON. Training counts
// features per category; scoring sums per-category log-likelihoods of the features it knows.

export type LabelledFeatures = { features: readonly string[]; label: number };

/** The stored form: sparse counts per feature ("class:count …"), so the artefact stays small. */
export type BayesCounts = { classCount: number; alpha: number; features: string[]; counts: string[]; totals: number[] };

/** Log-likelihoods in one flat array (feature i, class c at i·classCount + c): cheap to sum per message. */
export type BayesModel = { classCount: number; index: Map<string, number>; logLikelihood: Float64Array };

/** Counts features per class, dropping those seen in fewer than `minDocs` messages. */
export function countFeatures(
  examples: readonly LabelledFeatures[],
  classCount: number,
  alpha: number,
  minDocs: number,
): BayesCounts {
  const perFeature = new Map<string, number[]>();
  for (const { features, label } of examples) {
    for (const f of features) {
      let row = perFeature.get(f);
      if (!row) {
        row = new Array<number>(classCount).fill(0);
        perFeature.set(f, row);
      }
      row[label] = (row[label] ?? 0) + 1;
    }
  }
  const kept = [...perFeature]
    .filter(([, row]) => row.reduce((a, b) => a + b, 0) >= minDocs)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const totals = new Array<number>(classCount).fill(0);
  for (const [, row] of kept) {
    row.forEach((n, c) => {
      totals[c] = (totals[c] ?? 0) + n;
    });
  }
  return {
    classCount,
    alpha,
    features: kept.map(([f]) => f),
    counts: kept.map(([, row]) => row.flatMap((n, c) => (n ? [`${c}:${n}`] : [])).join(' ')),
    totals,
  };
}

/** Turns stored counts into smoothed log-likelihoods, once, at load time. */
export function buildBayesModel(stored: BayesCounts): BayesModel {
  const k = stored.classCount;
  const vocabulary = stored.features.length;
  const index = new Map<string, number>();
  const logLikelihood = new Float64Array(vocabulary * k);
  const denominators = stored.totals.map((t) => Math.log(t + stored.alpha * vocabulary));
  stored.features.forEach((feature, i) => {
    index.set(feature, i);
    const counts = new Array<number>(k).fill(0);
    for (const pair of (stored.counts[i] ?? '').split(' ')) {
      const [c, n] = pair.split(':').map(Number);
      if (c !== undefined && n !== undefined && !Number.isNaN(c)) counts[c] = n;
    }
    for (let c = 0; c < k; c++)
      logLikelihood[i * k + c] = Math.log((counts[c] ?? 0) + stored.alpha) - (denominators[c] ?? 0);
  });
  return { classCount: k, index, logLikelihood };
}

/** Per-class log-likelihood of a message, centred on its maximum and tempered by the number of known features. */
export function scoreBayes(model: BayesModel, features: readonly string[]): Float64Array {
  const rows: number[] = [];
  for (const f of features) {
    const row = model.index.get(f);
    if (row !== undefined) rows.push(row);
  }
  return scoreRows(model, rows);
}

/** scoreBayes for features already looked up: the model's row of each known feature, in message order. */
export function scoreRows(model: BayesModel, rows: readonly number[]): Float64Array {
  const k = model.classCount;
  const { logLikelihood } = model;
  const sums = new Float64Array(k);
  for (let r = 0; r < rows.length; r++) {
    const base = (rows[r] ?? 0) * k;
    for (let c = 0; c < k; c++) sums[c] = (sums[c] ?? 0) + (logLikelihood[base + c] ?? 0);
  }
  const known = rows.length;
  if (!known) return sums;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of sums) if (v > max) max = v;
  const norm = Math.sqrt(known);
  for (let c = 0; c < k; c++) sums[c] = ((sums[c] ?? 0) - max) / norm;
  return sums;
}
