// A small scorer shared by the Latin and Cyrillic families: common words, distinctive letters and
// character trigrams (derived from the word lists, with word boundaries) each vote per language.

export type LanguageCues = {
  words: Readonly<Record<string, string>>;
  letters: ReadonlyArray<readonly [string, string]>;
};

/** For each word and each trigram, the languages whose word list has it. */
export type Profiles = {
  words: Map<string, string[]>;
  trigrams: Map<string, string[]>;
  letters: Map<string, string[]>;
};

const WORD_VOTE = 2;
const LETTER_VOTE = 3;
const TRIGRAM_VOTE = 1;

/** Splits text into lower-case words of letters (apostrophes kept inside words). */
export function splitWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/\p{L}+(?:['’]\p{L}+)*/gu)
      ?.map((w) => w.replace(/’/g, "'")) ?? []
  );
}

function trigramsOf(word: string): string[] {
  const padded = `_${word}_`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

function addTo(index: Map<string, string[]>, key: string, language: string): void {
  const list = index.get(key) ?? [];
  if (!list.includes(language)) list.push(language);
  index.set(key, list);
}

/** Indexes the word lists once, so scoring a message is a few map look-ups per word. */
export function buildProfiles(cues: LanguageCues): Profiles {
  const words = new Map<string, string[]>();
  const trigrams = new Map<string, string[]>();
  for (const [language, list] of Object.entries(cues.words)) {
    for (const word of new Set(splitWords(list))) {
      addTo(words, word, language);
      if (word.length > 2) for (const g of new Set(trigramsOf(word))) addTo(trigrams, g, language);
    }
  }
  const letters = new Map(cues.letters.map(([ch, owners]) => [ch, owners.split(' ')]));
  return { words, trigrams, letters };
}

type Vote = readonly [language: string, votes: number];

// What one word votes never changes, and messages reuse words: the votes are listed once per word
// (in the order they are counted, so the sums come out bit-for-bit the same). Bounded against hostile input.
const VOTES_LIMIT = 20_000;
const votesByProfiles = new WeakMap<Profiles, Map<string, readonly Vote[]>>();

function listVotes(word: string, profiles: Profiles): readonly Vote[] {
  const out: Vote[] = [];
  for (const language of profiles.words.get(word) ?? []) out.push([language, WORD_VOTE]);
  const grams = trigramsOf(word);
  for (const g of grams)
    for (const language of profiles.trigrams.get(g) ?? []) out.push([language, TRIGRAM_VOTE / grams.length]);
  for (const ch of word) {
    const owners = profiles.letters.get(ch);
    if (owners) for (const language of owners) out.push([language, LETTER_VOTE / owners.length]);
  }
  return out;
}

function votesOf(word: string, profiles: Profiles): readonly Vote[] {
  let memo = votesByProfiles.get(profiles);
  if (!memo) {
    memo = new Map();
    votesByProfiles.set(profiles, memo);
  }
  const cached = memo.get(word);
  if (cached) return cached;
  const votes = listVotes(word, profiles);
  if (memo.size >= VOTES_LIMIT) memo.clear();
  memo.set(word, votes);
  return votes;
}

/** The language with the most votes; the fallback starts with `prior` votes (a stray trigram must not outvote it). */
export function pickLanguage(words: string[], profiles: Profiles, fallback: string, prior: number): string {
  const votes = new Map<string, number>([[fallback, prior]]);
  for (const word of words) {
    for (const [language, v] of votesOf(word, profiles)) votes.set(language, (votes.get(language) ?? 0) + v);
  }
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
