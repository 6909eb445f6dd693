import { CATEGORIES, type Category } from '../types.ts';

export type Outcome = { expected: Category; predicted: Category };
export type ClassFigures = { category: Category; precision: number; recall: number; f1: number; support: number };
export type Evaluation = {
  accuracy: number;
  macroF1: number;
  perClass: ClassFigures[];
  confusions: Array<{ expected: Category; predicted: Category; count: number }>;
};

const safeDivide = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Precision, recall and F1 per category, macro-F1 over categories present, and the commonest confusions. */
export function evaluateOutcomes(outcomes: readonly Outcome[]): Evaluation {
  const perClass = CATEGORIES.map((category) => {
    const tp = outcomes.filter((o) => o.expected === category && o.predicted === category).length;
    const predicted = outcomes.filter((o) => o.predicted === category).length;
    const support = outcomes.filter((o) => o.expected === category).length;
    const precision = safeDivide(tp, predicted);
    const recall = safeDivide(tp, support);
    return { category, precision, recall, f1: safeDivide(2 * precision * recall, precision + recall), support };
  });
  const present = perClass.filter((c) => c.support > 0);
  const confusionCounts = new Map<string, { expected: Category; predicted: Category; count: number }>();
  for (const o of outcomes) {
    if (o.expected === o.predicted) continue;
    const key = `${o.expected}>${o.predicted}`;
    const entry = confusionCounts.get(key) ?? { expected: o.expected, predicted: o.predicted, count: 0 };
    entry.count++;
    confusionCounts.set(key, entry);
  }
  return {
    accuracy: safeDivide(outcomes.filter((o) => o.expected === o.predicted).length, outcomes.length),
    macroF1: safeDivide(
      present.reduce((s, c) => s + c.f1, 0),
      present.length,
    ),
    perClass,
    confusions: [...confusionCounts.values()].sort((a, b) => b.count - a.count),
  };
}
