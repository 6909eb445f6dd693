// Near-duplicate detection for claim texts (S23): normalised text, character shingles, Jaccard.
// Character shingles work the same for Chinese (no spaces) and Russian or English.

const SHINGLE = 3;
const MAX_CHARS = 2000;

/** Text reduced to what carries meaning: NFKC, lower case, ё → е, letters and digits only. */
export function normalizeText(text: string): string {
  return text
    .slice(0, MAX_CHARS * 2)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .slice(0, MAX_CHARS);
}

/** The set of overlapping character shingles of a normalised text. */
export function shingle(text: string): Set<string> {
  const chars = Array.from(normalizeText(text));
  const out = new Set<string>();
  if (chars.length > 0 && chars.length < SHINGLE) out.add(chars.join(''));
  for (let i = 0; i + SHINGLE <= chars.length; i++) out.add(chars.slice(i, i + SHINGLE).join(''));
  return out;
}

/** Jaccard similarity of two shingle sets, 0 … 1 (two empty texts are not similar). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}
