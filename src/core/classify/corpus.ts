import { CATEGORIES, type Category } from '../types.ts';

export type LabelledMessage = { text: string; language: string; category: Category };

const isCategory = (value: unknown): value is Category =>
  typeof value === 'string' && CATEGORIES.some((c) => c === value);

/** Parses a JSON Lines corpus ({"text","language","category"} per line), rejecting malformed lines loudly. */
export function parseCorpus(jsonl: string): LabelledMessage[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const row: unknown = JSON.parse(line);
      if (typeof row !== 'object' || row === null) throw new Error(`line ${i + 1}: not an object`);
      const text = 'text' in row ? row.text : undefined;
      const language = 'language' in row ? row.language : undefined;
      const category = 'category' in row ? row.category : undefined;
      if (typeof text !== 'string' || typeof language !== 'string' || !isCategory(category))
        throw new Error(`line ${i + 1}: bad row`);
      return { text, language, category };
    });
}
