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

// What one word votes never changes, and messages reuse words: the votes are listed once per word
// (in the order they are counted, so the sums come out bit-for-bit the same) with languages as
// numbers, so a message adds into a small array instead of a map. Bounded against hostile input.
const VOTES_LIMIT = 20_000;
type WordVotes = { ids: Int32Array; votes: Float64Array };
type VoteState = { languages: string[]; ids: Map<string, number>; words: Map<string, WordVotes> };
const states = new WeakMap<Profiles, VoteState>();

function idOf(state: VoteState, language: string): number {
  let id = state.ids.get(language);
  if (id === undefined) {
    id = state.languages.push(language) - 1;
    state.ids.set(language, id);
  }
  return id;
}

function listVotes(state: VoteState, word: string, profiles: Profiles): WordVotes {
  const ids: number[] = [];
  const votes: number[] = [];
  const add = (language: string, v: number): void => {
    ids.push(idOf(state, language));
    votes.push(v);
  };
  for (const language of profiles.words.get(word) ?? []) add(language, WORD_VOTE);
  const grams = trigramsOf(word);
  for (const g of grams)
    for (const language of profiles.trigrams.get(g) ?? []) add(language, TRIGRAM_VOTE / grams.length);
  for (const ch of word) {
    const owners = profiles.letters.get(ch);
    if (owners) for (const language of owners) add(language, LETTER_VOTE / owners.length);
  }
  return { ids: Int32Array.from(ids), votes: Float64Array.from(votes) };
}

function votesOf(state: VoteState, word: string, profiles: Profiles): WordVotes {
  const cached = state.words.get(word);
  if (cached) return cached;
  const votes = listVotes(state, word, profiles);
  if (state.words.size >= VOTES_LIMIT) state.words.clear();
  state.words.set(word, votes);
  return votes;
}

function stateOf(profiles: Profiles): VoteState {
  let state = states.get(profiles);
  if (!state) {
    state = { languages: [], ids: new Map(), words: new Map() };
    states.set(profiles, state);
  }
  return state;
}

/** The language with the most votes; the fallback starts with `prior` votes (a stray trigram must not outvote it). */
export function pickLanguage(words: string[], profiles: Profiles, fallback: string, prior: number): string {
  const state = stateOf(profiles);
  const perWord = words.map((word) => votesOf(state, word, profiles));
  const start = idOf(state, fallback);
  const totals = new Float64Array(state.languages.length);
  totals[start] = prior;
  // Languages in the order they first got a vote: on a tie the earlier one wins.
  const order = [start];
  for (const { ids, votes } of perWord) {
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] ?? 0;
      if (id !== start && totals[id] === 0 && !order.includes(id)) order.push(id);
      totals[id] = (totals[id] ?? 0) + (votes[j] ?? 0);
    }
  }
  let best = fallback;
  let bestVotes = 0;
  for (const id of order) {
    const v = totals[id] ?? 0;
    if (v > bestVotes + 1e-9) {
      best = state.languages[id] ?? fallback;
      bestVotes = v;
    }
  }
  return best;
}
