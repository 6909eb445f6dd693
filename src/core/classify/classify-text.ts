import type { LanguageTag } from '../types.ts';
import { type Classification, createClassifier, type StoredModel } from './create-classifier.ts';
import modelJson from './model.json' with { type: 'json' };

export type { Classification } from './create-classifier.ts';

// Loaded once at import: a cue lexicon (Chinese, English, Russian) blended with naive Bayes over
// character n-grams, trained by `npm run train`. Traditional Chinese is folded to Simplified first.
const stored: StoredModel = modelJson;
const classify = createClassifier(stored);

/** The category a customer's text is about, with a probability per category (text only; the engine adds context). */
export function classifyText(text: string, _language: LanguageTag): Classification {
  return classify(text);
}
