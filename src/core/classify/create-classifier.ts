import { CATEGORIES, type Category } from '../types.ts';
import { type Blend, combineScores } from './combine-scores.ts';
import { createRowFinder } from './feature-rows.ts';
import { type BayesCounts, buildBayesModel, scoreRows } from './naive-bayes.ts';
import { normalizeText } from './normalize-text.ts';
import { type CategoryScores, scoreLexicon } from './score-lexicon.ts';

export type Classification = { category: Category; confidence: number; scores: Partial<Record<Category, number>> };

/** The trained artefact (src/core/classify/model.json), as written by `npm run train`. */
export type StoredModel = {
  version: number;
  blend: Blend;
  bayes: BayesCounts;
  training: Record<string, number | string>;
};

/** The most probable category and its probability (first in CATEGORIES order on a tie). */
export function pickTop(scores: CategoryScores): { category: Category; confidence: number } {
  let category: Category = 'general';
  let confidence = -1;
  for (const c of CATEGORIES) {
    if (scores[c] > confidence) {
      confidence = scores[c];
      category = c;
    }
  }
  return { category, confidence: Math.max(0, confidence) };
}

// What a message is about is said at its start; the rest of a long mail is usually quoted history.
// The cap also bounds the work on hostile input.
const MAX_CHARS = 2000;

/** Builds a classifier from a stored model once; the returned function is cheap per message. */
export function createClassifier(stored: StoredModel): (text: string) => Classification {
  const bayes = buildBayesModel(stored.bayes);
  const findRows = createRowFinder(bayes.index);
  return (text) => {
    const normalized = normalizeText(text.slice(0, MAX_CHARS));
    const scores = combineScores(scoreLexicon(normalized), scoreRows(bayes, findRows(normalized)), stored.blend);
    return { ...pickTop(scores), scores };
  };
}
