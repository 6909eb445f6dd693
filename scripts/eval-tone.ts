// `npm run eval:tone [PART]`: precision and recall of the tone guard on a labelled part of corpus/tone:
// `blind-h` (default; the honest figure), `validation` (settings were chosen on it), or a training file
// such as `train/dev`. Add --misses to list the drafts it got wrong.
import { readFileSync } from 'node:fs';
import { checkTone } from '../src/core/tone/check-tone.ts';
import { type LabelledDraft, scoreTone } from '../src/core/tone/score-tone.ts';
import type { CaseFile } from '../src/core/types.ts';

const root = new URL('../corpus/tone/', import.meta.url);
const part = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'blind-h';
const drafts: LabelledDraft[] = readFileSync(new URL(`${part}.jsonl`, root), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));
const cases: Record<string, CaseFile> = JSON.parse(readFileSync(new URL('cases.json', root), 'utf8'));
const score = scoreTone(drafts, cases);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

console.log(`tone guard on corpus/tone/${part}.jsonl (${drafts.length} drafts, language detected, not given)\n`);
console.log(
  'recall: bad drafts caught with a right kind; flagged: caught with any kind; clean: good drafts with no issue\n',
);
console.log('language  bad  caught  recall  flagged   good  clean  clean-rate');
for (const s of score.languages) {
  console.log(
    `${s.language.padEnd(8)} ${String(s.bad).padStart(4)} ${String(s.caught).padStart(7)}  ${pct(s.recall).padStart(6)}  ${pct(s.flagged / Math.max(1, s.bad)).padStart(7)}  ${String(s.good).padStart(5)} ${String(s.clean).padStart(6)}  ${pct(s.cleanRate).padStart(9)}`,
  );
}
console.log('\nkind                      tp  fp  fn  precision  recall');
for (const k of score.kinds) {
  console.log(
    `${k.kind.padEnd(24)} ${String(k.truePositives).padStart(3)} ${String(k.falsePositives).padStart(3)} ${String(k.falseNegatives).padStart(3)}  ${pct(k.precision).padStart(9)}  ${pct(k.recall).padStart(6)}`,
  );
}
if (process.argv.includes('--misses')) {
  console.log('\nnot exactly right:');
  for (const m of score.misses)
    console.log(
      `  [${m.draft.language}] want ${JSON.stringify(m.draft.issues)} got ${JSON.stringify(m.found)}: ${m.draft.text}`,
    );
}
// Speed: the guard runs as the agent types, so time it on 500-character drafts built from this corpus.
for (const language of ['en', 'zh-Hans', 'zh-Hant', 'ru']) {
  const joined = drafts
    .filter((d) => d.language === language)
    .map((d) => d.text)
    .join(' ');
  if (!joined) continue;
  const draft = joined.repeat(Math.ceil(500 / joined.length)).slice(0, 500);
  for (let i = 0; i < 200; i++) checkTone(draft);
  const before = process.cpuUsage();
  for (let i = 0; i < 1000; i++) checkTone(draft);
  const used = process.cpuUsage(before);
  console.log(
    `speed ${language.padEnd(8)} ${((used.user + used.system) / 1000 / 1000).toFixed(3)} ms CPU per 500-character draft (language detected)`,
  );
}
const ok = score.languages.every((s) => s.recall >= 0.9 && s.cleanRate >= 0.95);
console.log(`\ntargets (recall >= 90% and clean >= 95% in every language): ${ok ? 'met' : 'NOT met'}`);
