import { foldToSimplified } from '../language/han-variants.ts';

/** One spelling for every way of writing the same message: case, width, script, ё, digits, quotes. */
export function normalizeText(text: string): string {
  return foldToSimplified(text.normalize('NFKC').toLowerCase())
    .replace(/ё/g, 'е')
    .replace(/[’‘`´]/g, "'")
    .replace(/\d+/g, '0')
    .replace(/\s+/g, ' ')
    .trim();
}
