// A small scorer shared by the Latin and Cyrillic families: common words, distinctive letters and
// character trigrams (derived from the word lists, with word boundaries) each vote per language.

export type LanguageCues = { words: Readonly<Record<string, string>>; letters: ReadonlyArray<readonly [string, string]> };

type Profile = { words: Set<string>; trigrams: Set<string> };

const WORD_VOTE = 2;
const LETTER_VOTE = 3;
const TRIGRAM_VOTE = 1;

/** Splits text into lower-case words of letters (apostrophes kept inside words). */
export function splitWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu)?.map((w) => w.replace(/’/g, "'")) ?? [];
}

function trigramsOf(word: string): string[] {
  const padded = `_${word}_`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Builds per-language profiles once, so scoring a message is a few set look-ups. */
export function buildProfiles(cues: LanguageCues): Map<string, Profile> {
  const profiles = new Map<string, Profile>();
  for (const [language, list] of Object.entries(cues.words)) {
    const words = new Set(splitWords(list));
    const trigrams = new Set([...words].flatMap((w) => (w.length > 2 ? trigramsOf(w) : [])));
    profiles.set(language, { words, trigrams });
  }
  return profiles;
}

/** The language with the most votes; the fallback starts with `prior` votes (a stray trigram must not outvote it). */
export function pickLanguage(words: string[], cues: LanguageCues, profiles: Map<string, Profile>, fallback: string, prior: number): string {
  const votes = new Map<string, number>();
  const add = (language: string, v: number) => votes.set(language, (votes.get(language) ?? 0) + v);
  const letters = new Map(cues.letters);
  for (const word of words) {
    for (const [language, profile] of profiles) {
      if (profile.words.has(word)) add(language, WORD_VOTE);
      const grams = trigramsOf(word);
      let hits = 0;
      for (const g of grams) if (profile.trigrams.has(g)) hits++;
      if (grams.length) add(language, (TRIGRAM_VOTE * hits) / grams.length);
    }
    for (const ch of word) {
      const owners = letters.get(ch)?.split(' ');
      if (owners) for (const language of owners) add(language, LETTER_VOTE / owners.length);
    }
  }
  add(fallback, prior);
  let best = fallback;
  let bestVotes = 0;
  for (const [language, v] of votes) {
    if (v > bestVotes + 1e-9) {
      best = language;
      bestVotes = v;
    }
  }
  return best;
}
