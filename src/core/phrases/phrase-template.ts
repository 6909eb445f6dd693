import type { Category, CoreLanguage, Stage } from '../types.ts';

/** The facts a template may name; anything else in braces is left as written. */
export const PLACEHOLDERS = ['name', 'orderId', 'carrier', 'trackingNo', 'estimate', 'amount', 'item'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** A reply template (话术, S15) for one category × stage (S9) × language. */
export type PhraseTemplate = { id: string; category: Category; stage: Stage; language: CoreLanguage; text: string };

/** The texts of one language: every category, every stage. */
export type StageTexts = Record<Category, Record<Stage, string>>;

/** Facts filled into a template; numbers are written as they are (format money before). */
export type PhraseFacts = Partial<Record<Placeholder, string | number>>;
