// `npm run eval:classify`: per-class precision/recall/F1, macro-F1, the commonest confusions and
// language accuracy on the HELD-OUT messages (corpus/classify/heldout.jsonl, never used in training),
// language accuracy on corpus/language/heldout.jsonl and eval.jsonl, and the time per message.
import { readFileSync } from 'node:fs';
import { classifyText } from '../src/core/classify/classify-text.ts';
import { parseCorpus } from '../src/core/classify/corpus.ts';
import { evaluateOutcomes } from '../src/core/classify/evaluate.ts';
import { detectLanguage } from '../src/core/language/detect-language.ts';

const root = new URL('..', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pct = (x: number) => x.toFixed(3);

const heldOut = parseCorpus(read('corpus/classify/heldout.jsonl'));
const results = heldOut.map((m) => classifyText(m.text, detectLanguage(m.text)));
const outcomes = heldOut.map((m, i) => ({ expected: m.category, predicted: results[i]?.category ?? 'general' }));
const result = evaluateOutcomes(outcomes);

console.log(`held-out messages: ${heldOut.length} (corpus/classify/heldout.jsonl)\n`);
console.log('category                 precision  recall     f1  support');
for (const c of result.perClass) {
  console.log(
    `${c.category.padEnd(24)} ${pct(c.precision).padStart(9)} ${pct(c.recall).padStart(7)} ${pct(c.f1).padStart(6)} ${String(c.support).padStart(8)}`,
  );
}
console.log(`\naccuracy ${pct(result.accuracy)}   macro-F1 ${pct(result.macroF1)}`);

const byLanguage = new Map<string, { n: number; ok: number }>();
heldOut.forEach((m, i) => {
  const entry = byLanguage.get(m.language) ?? { n: 0, ok: 0 };
  entry.n++;
  if (outcomes[i]?.expected === outcomes[i]?.predicted) entry.ok++;
  byLanguage.set(m.language, entry);
});
console.log(
  `category accuracy by language: ${[...byLanguage].map(([l, e]) => `${l} ${pct(e.ok / e.n)} (${e.n})`).join(', ')}`,
);

console.log('\ncommonest confusions (expected -> predicted: count):');
for (const c of result.confusions.slice(0, 12)) console.log(`  ${c.expected} -> ${c.predicted}: ${c.count}`);

// The messy held-out set (several topics, typos, slang): reported, not a target.
const messy = parseCorpus(read('corpus/classify/heldout-messy.jsonl'));
const messyResult = evaluateOutcomes(
  messy.map((m) => ({ expected: m.category, predicted: classifyText(m.text, detectLanguage(m.text)).category })),
);
console.log(
  `\nmessy held-out (${messy.length}, corpus/classify/heldout-messy.jsonl): accuracy ${pct(messyResult.accuracy)}, macro-F1 ${pct(messyResult.macroF1)}`,
);
for (const c of messyResult.confusions.slice(0, 8)) console.log(`  ${c.expected} -> ${c.predicted}: ${c.count}`);

// Calibration: within each confidence band, how often the top category was right.
console.log('\ncalibration (confidence band: messages, mean confidence, accuracy):');
let expectedError = 0;
for (const [low, high] of [
  [0, 0.5],
  [0.5, 0.8],
  [0.8, 0.95],
  [0.95, 1.01],
] as const) {
  const band = results.flatMap((r, i) => (r.confidence >= low && r.confidence < high ? [i] : []));
  if (!band.length) continue;
  const meanConfidence = band.reduce((s, i) => s + (results[i]?.confidence ?? 0), 0) / band.length;
  const accuracy = band.filter((i) => outcomes[i]?.expected === outcomes[i]?.predicted).length / band.length;
  expectedError += (band.length / results.length) * Math.abs(meanConfidence - accuracy);
  console.log(
    `  ${low.toFixed(2)}–${Math.min(1, high).toFixed(2)}: ${String(band.length).padStart(4)}, ${pct(meanConfidence)}, ${pct(accuracy)}`,
  );
}
console.log(`  expected calibration error ${pct(expectedError)}`);

const readLanguageSet = (path: string) =>
  read(path)
    .split('\n')
    .filter((l) => l.trim())
    .map((l): { text: string; language: string } => JSON.parse(l));
const heldOutLanguage = heldOut.filter((m) => detectLanguage(m.text) === m.language).length / heldOut.length;
console.log(`\nlanguage accuracy: held-out messages ${pct(heldOutLanguage)} (${heldOut.length})`);
for (const path of ['corpus/language/heldout.jsonl', 'corpus/language/eval.jsonl']) {
  const rows = readLanguageSet(path);
  const misses = rows.filter((r) => detectLanguage(r.text) !== r.language);
  console.log(`language accuracy: ${path} ${pct(1 - misses.length / rows.length)} (${rows.length})`);
  for (const r of misses)
    console.log(`  miss: expected ${r.language}, got ${detectLanguage(r.text)}: ${JSON.stringify(r.text)}`);
}

const texts = heldOut.map((m) => m.text);
const languages = texts.map((t) => detectLanguage(t));
const rounds = 20;
// CPU time as well as wall time: on a shared, busy machine the wall clock mostly measures waiting.
const timePerMessage = (work: (i: number) => void): string => {
  for (let i = 0; i < texts.length; i++) work(i); // warm-up
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (let i = 0; i < texts.length; i++) work(i);
  const used = process.cpuUsage(cpu);
  const calls = rounds * texts.length;
  return `${((performance.now() - wall) / calls).toFixed(4)} ms wall, ${((used.user + used.system) / 1000 / calls).toFixed(4)} ms CPU`;
};
const classifyMs = timePerMessage((i) => classifyText(texts[i] ?? '', languages[i] ?? 'und'));
const detectMs = timePerMessage((i) => detectLanguage(texts[i] ?? ''));
console.log(
  `\nspeed (mean of ${rounds * texts.length} calls, this machine, now): classifyText ${classifyMs}, detectLanguage ${detectMs} per message`,
);
