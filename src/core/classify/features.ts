// Features for the naive Bayes model: character n-grams that work for Chinese (no spaces) and for
// inflected Russian and English words alike, plus whole words and word pairs.

const HAN_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const WORD = /[\p{L}']+/gu;

function walkHanGrams(run: string, emit: (feature: string) => void): void {
  const chars = [...run];
  for (let i = 0; i < chars.length; i++) {
    emit(`h:${chars[i]}`);
    if (i + 1 < chars.length) emit(`h:${chars[i]}${chars[i + 1]}`);
    if (i + 2 < chars.length) emit(`h:${chars[i]}${chars[i + 1]}${chars[i + 2]}`);
  }
}

// A word's own features (the word and its padded 3–5-grams) are the same every time it appears, and
// customers reuse a small vocabulary: building them once per word saves the slicing and the string
// hashing on every later message. Bounded so hostile input cannot grow it without limit.
const WORD_GRAMS_LIMIT = 20_000;
const wordGrams = new Map<string, readonly string[]>();

/** A word's own features, in order: `w:word`, then its 3-, 4- and 5-grams with `<` `>` marking the ends. */
export function gramsOfWord(word: string): readonly string[] {
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

/**
 * Walks a normalised message's features in order: each word's own features are `gramsOfWord(word)`,
 * each Han run's are its 1-, 2- and 3-grams (`h:` + the characters, in the order of walkHanGrams), the rest come one by one.
 */
export function walkFeatures(
  normalized: string,
  emit: (feature: string) => void,
  emitWord: (word: string) => void,
  emitHanRun: (run: string) => void = (run) => walkHanGrams(run, emit),
): void {
  for (const [run] of normalized.matchAll(HAN_RUN)) emitHanRun(run);
  const words = normalized.replace(HAN_RUN, ' ').match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    emitWord(word);
    const next = words[i + 1];
    if (next) emit(`b:${word} ${next}`);
  }
  if (normalized.includes('?') || normalized.includes('？')) emit('p:?');
  if (normalized.includes('!') || normalized.includes('！')) emit('p:!');
}

/** The distinct features of a normalised message (presence only: short texts rarely repeat). */
export function extractFeatures(normalized: string): string[] {
  const out = new Set<string>();
  walkFeatures(
    normalized,
    (feature) => out.add(feature),
    (word) => {
      for (const gram of gramsOfWord(word)) out.add(gram);
    },
  );
  return [...out];
}
