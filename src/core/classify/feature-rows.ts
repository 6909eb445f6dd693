// At classification time the model only needs the rows of the known features, each once. Looking
// each n-gram string up in the vocabulary was most of the classifier's cost, so a word's rows are
// found once per word and deduplicated with a stamp per row instead of a set of strings.
import { gramsOfWord, walkFeatures } from './features.ts';

const WORD_ROWS_LIMIT = 20_000;

// Han n-grams by code point (a trie three levels deep), so a Chinese run is walked without building
// a string per n-gram. `row` is -1 where the path leads on to longer grams but is not a feature itself.
type HanNode = { row: number; next: Map<number, HanNode> };

function buildHanTrie(index: ReadonlyMap<string, number>): Map<number, HanNode> {
  const root = new Map<number, HanNode>();
  for (const [feature, row] of index) {
    if (!feature.startsWith('h:')) continue;
    let level = root;
    let node: HanNode | undefined;
    for (const ch of feature.slice(2)) {
      const cp = ch.codePointAt(0) ?? 0;
      node = level.get(cp);
      if (!node) {
        node = { row: -1, next: new Map() };
        level.set(cp, node);
      }
      level = node.next;
    }
    if (node) node.row = row;
  }
  return root;
}

function walkHanRows(run: string, trie: Map<number, HanNode>, take: (row: number) => void): void {
  const cps: number[] = [];
  for (const ch of run) cps.push(ch.codePointAt(0) ?? 0);
  for (let i = 0; i < cps.length; i++) {
    const one = trie.get(cps[i] ?? 0);
    if (!one) continue;
    if (one.row >= 0) take(one.row);
    const two = i + 1 < cps.length ? one.next.get(cps[i + 1] ?? 0) : undefined;
    if (!two) continue;
    if (two.row >= 0) take(two.row);
    const three = i + 2 < cps.length ? two.next.get(cps[i + 2] ?? 0) : undefined;
    if (three && three.row >= 0) take(three.row);
  }
}

/** A finder of a message's known-feature rows: the same rows, in the same order, as extractFeatures + lookup. */
export function createRowFinder(index: ReadonlyMap<string, number>): (normalized: string) => number[] {
  const seen = new Uint32Array(index.size);
  const hanTrie = buildHanTrie(index);
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
      (run) => walkHanRows(run, hanTrie, take),
    );
    return rows;
  };
}
