// A cue can only match a message that contains its longest required literal run: indexing cues by
// that literal means a message only runs the few regular expressions that could match it.

const META = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
const OPTIONAL = new Set(['?', '*', '{']);

/** True when the pattern has an alternative at its top level (then no literal is required). */
function hasTopLevelAlternative(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** The longest run of plain characters every match of a regular-expression source must contain ('' when none). */
export function requiredLiteral(pattern: string): string {
  if (hasTopLevelAlternative(pattern)) return '';
  let best = '';
  let run = '';
  let depth = 0;
  let inClass = false;
  const close = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (inClass) inClass = ch !== ']';
    else if (ch === '\\') {
      close();
      i++;
    } else if (ch === '[') {
      close();
      inClass = true;
    } else if (ch === '(') {
      close();
      depth++;
    } else if (ch === ')') depth--;
    else if (depth > 0) continue;
    else if (OPTIONAL.has(ch)) {
      run = run.slice(0, -1); // the character before an optional quantifier may be absent
      close();
      if (ch === '{') i = Math.max(i, pattern.indexOf('}', i));
    } else if (META.has(ch)) close();
    else run += ch;
  }
  close();
  return best;
}

// Buckets by the first two UTF-16 code units of a literal (or its only one). Two literals may share a
// bucket: that only costs a wasted `includes`, never a missed cue.
const BUCKETS = 0x2000;
const pairBucket = (a: number, b: number): number => (a * 31 + b) & (BUCKETS - 1);
const singleBucket = (a: number): number => (a * 17 + 0x5555) & (BUCKETS - 1);

function bucketOf(literal: string): number {
  return literal.length > 1
    ? pairBucket(literal.charCodeAt(0), literal.charCodeAt(1))
    : singleBucket(literal.charCodeAt(0));
}

/** Cue ids by the bucket of their literal; `always` are the cues without one. */
export type LiteralIndex = { buckets: Array<number[] | undefined>; always: number[]; literals: string[] };

/** Indexes cue literals (one per cue id, '' when the cue has none) once, at load time. */
export function indexLiterals(literals: readonly string[]): LiteralIndex {
  const buckets: Array<number[] | undefined> = new Array(BUCKETS).fill(undefined);
  const always: number[] = [];
  literals.forEach((literal, id) => {
    if (!literal) {
      always.push(id);
      return;
    }
    const b = bucketOf(literal);
    const list = buckets[b] ?? [];
    list.push(id);
    buckets[b] = list;
  });
  return { buckets, always, literals: [...literals] };
}

// Every occurrence of a literal is found at its own start, so checking there is enough.
function markBucket(index: LiteralIndex, bucket: number, text: string, at: number, live: Uint8Array): void {
  const ids = index.buckets[bucket];
  if (!ids) return;
  for (const id of ids) if (!live[id] && text.startsWith(index.literals[id] ?? '', at)) live[id] = 1;
}

/** Sets live[id] = 1 for every cue that can match `text` (its literal is in it, or it has none); clears the rest. */
export function markLiveCues(index: LiteralIndex, text: string, live: Uint8Array): void {
  live.fill(0);
  for (const id of index.always) live[id] = 1;
  for (let i = 0; i < text.length; i++) {
    const a = text.charCodeAt(i);
    markBucket(index, singleBucket(a), text, i, live);
    if (i + 1 < text.length) markBucket(index, pairBucket(a, text.charCodeAt(i + 1)), text, i, live);
  }
}
