// Features for the naive Bayes model: character n-grams that work for Chinese (no spaces) and for
// inflected Russian and English words alike, plus whole words and word pairs.

const HAN_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const WORD = /[\p{L}']+/gu;

function addHanGrams(run: string, out: Set<string>): void {
  const chars = [...run];
  for (let i = 0; i < chars.length; i++) {
    out.add(`h:${chars[i]}`);
    if (i + 1 < chars.length) out.add(`h:${chars[i]}${chars[i + 1]}`);
    if (i + 2 < chars.length) out.add(`h:${chars[i]}${chars[i + 1]}${chars[i + 2]}`);
  }
}

// A word's own features (the word and its padded 3–5-grams) are the same every time it appears, and
// customers reuse a small vocabulary: building them once per word saves the slicing and the string
// hashing on every later message. Bounded so hostile input cannot grow it without limit.
const WORD_GRAMS_LIMIT = 20_000;
const wordGrams = new Map<string, readonly string[]>();

function gramsOfWord(word: string): readonly string[] {
  const cached = wordGrams.get(word);
  if (cached) return cached;
  const grams = [`w:${word}`];
  const padded = `<${word}>`;
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= padded.length; i++) grams.push(`c:${padded.slice(i, i + n)}`);
  }
  if (wordGrams.size >= WORD_GRAMS_LIMIT) wordGrams.clear();
  wordGrams.set(word, grams);
  return grams;
}

function addWordGrams(word: string, out: Set<string>): void {
  for (const gram of gramsOfWord(word)) out.add(gram);
}

/** The distinct features of a normalised message (presence only: short texts rarely repeat). */
export function extractFeatures(normalized: string): string[] {
  const out = new Set<string>();
  for (const [run] of normalized.matchAll(HAN_RUN)) addHanGrams(run, out);
  const words = normalized.replace(HAN_RUN, ' ').match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    addWordGrams(word, out);
    const next = words[i + 1];
    if (next) out.add(`b:${word} ${next}`);
  }
  if (normalized.includes('?') || normalized.includes('？')) out.add('p:?');
  if (normalized.includes('!') || normalized.includes('！')) out.add('p:!');
  return [...out];
}
