import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CaseFile } from '../types.ts';
import { type LabelledDraft, scoreTone } from './score-tone.ts';

const dir = new URL('../../../corpus/tone/', import.meta.url);
const readDrafts = (name: string): LabelledDraft[] =>
  readFileSync(new URL(name, dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const cases: Record<string, CaseFile> = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8'));

test('held-out drafts: recall >= 0.9 on bad drafts and >= 0.95 clean on good ones, in each core language', () => {
  const drafts = readDrafts('held-out.jsonl');
  const score = scoreTone(drafts, cases);
  assert.deepEqual(score.languages.map((s) => s.language).sort(), ['en', 'ru', 'zh-Hans', 'zh-Hant']);
  for (const s of score.languages) {
    assert.ok(s.bad + s.good >= 30, `${s.language}: only ${s.bad + s.good} held-out drafts`);
    assert.ok(s.recall >= 0.9, `${s.language}: recall ${s.recall.toFixed(3)}`);
    assert.ok(s.cleanRate >= 0.95, `${s.language}: clean rate ${s.cleanRate.toFixed(3)}`);
  }
});

test('the corpus holds at least 60 drafts per language, every kind labelled somewhere', () => {
  const drafts = [...readDrafts('dev.jsonl'), ...readDrafts('held-out.jsonl')];
  for (const language of ['en', 'ru', 'zh-Hans', 'zh-Hant']) {
    assert.ok(drafts.filter((d) => d.language === language).length >= 60, language);
  }
  const labelled = new Set(drafts.flatMap((d) => d.issues));
  assert.equal(labelled.size, 9);
});
