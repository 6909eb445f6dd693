// At classification time the model only needs the rows of the known features, each once. Looking
// each n-gram string up in the vocabulary was most of the classifier's cost, so a word's rows are
// found once per word and deduplicated with a stamp per row instead of a set of strings.
import { gramsOfWord, walkFeatures } from './features.ts';

const WORD_ROWS_LIMIT = 20_000;

/** A finder of a message's known-feature rows: the same rows, in the same order, as extractFeatures + lookup. */
export function createRowFinder(index: ReadonlyMap<string, number>): (normalized: string) => number[] {
  const seen = new Uint32Array(index.size);
  const wordRows = new Map<string, readonly number[]>();
  let stamp = 0;

  const rowsOfWord = (word: string): readonly number[] => {
    const cached = wordRows.get(word);
    if (cached) return cached;
    const rows: number[] = [];
    for (const gram of gramsOfWord(word)) {
      const row = index.get(gram);
      if (row !== undefined) rows.push(row);
    }
    if (wordRows.size >= WORD_ROWS_LIMIT) wordRows.clear();
    wordRows.set(word, rows);
    return rows;
  };

  return (normalized) => {
    stamp = stamp >= 0xffffffff ? 1 : stamp + 1;
    if (stamp === 1) seen.fill(0);
    const rows: number[] = [];
    const take = (row: number): void => {
      if (seen[row] === stamp) return;
      seen[row] = stamp;
      rows.push(row);
    };
    walkFeatures(
      normalized,
      (feature) => {
        const row = index.get(feature);
        if (row !== undefined) take(row);
      },
      (word) => {
        for (const row of rowsOfWord(word)) take(row);
      },
    );
    return rows;
  };
}
