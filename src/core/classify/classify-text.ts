import type { Category, LanguageTag } from '../types.ts';

export type Classification = { category: Category; confidence: number; scores: Partial<Record<Category, number>> };

/** PLACEHOLDER (to be replaced by the classifier work): the category a customer's text is about. */
export function classifyText(_text: string, _language: LanguageTag): Classification {
  return { category: 'general', confidence: 0, scores: {} };
}
