// Cue phrases per category, in the normalised text (lower case, Traditional folded to Simplified,
// ё → е, digits → 0). A cue is a regular-expression source; one starting with a Latin or Cyrillic
// letter only matches at the start of a word, and a trailing `$` means "at the end of a word".
// Weights: 3 = the message is about this, 2 = a strong hint, 1 = a weak hint.
import type { Category } from '../types.ts';
import { LOGISTICS_CUES } from './lexicon-logistics.ts';
import { PRODUCT_CUES } from './lexicon-product.ts';
import { REQUEST_CUES } from './lexicon-requests.ts';

export type Cue = readonly [pattern: string, weight: number];

/** Every category's cues (the tables live in lexicon-logistics, lexicon-product and lexicon-requests). */
export const LEXICON: Readonly<Record<Category, readonly Cue[]>> = {
  ...LOGISTICS_CUES,
  ...PRODUCT_CUES,
  ...REQUEST_CUES,
};
