import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { detectLanguage } from '../language/detect-language.ts';
import { CATEGORIES, CORE_LANGUAGES } from '../types.ts';
import { classifyText } from './classify-text.ts';
import { parseCorpus } from './corpus.ts';
import { evaluateOutcomes } from './evaluate.ts';
import { normalizeText } from './normalize-text.ts';

const dir = new URL('../../../corpus/classify/', import.meta.url);
const read = (name: string) => parseCorpus(readFileSync(new URL(name, dir), 'utf8'));
const training = readdirSync(dir)
  .filter((f) => /^train.*\.jsonl$/.test(f))
  .flatMap(read);
const heldOut = read('heldout.jsonl');
const messy = read('heldout-messy.jsonl');

test('the corpus has at least 40 messages per category, in each core language', () => {
  for (const category of CATEGORIES) {
    const rows = [...training, ...heldOut].filter((m) => m.category === category);
    assert.ok(rows.length >= 40, category);
    for (const language of CORE_LANGUAGES)
      assert.ok(
        rows.some((m) => m.language === language),
        `${category} ${language}`,
      );
  }
});

test('no held-out message also appears in the training data', () => {
  const seen = new Set(training.map((m) => normalizeText(m.text)));
  assert.deepEqual(
    [...heldOut, ...messy].filter((m) => seen.has(normalizeText(m.text))),
    [],
  );
});

test('held-out macro-F1 stays at or above 0.9 and language accuracy at or above 0.97', () => {
  const outcomes = heldOut.map((m) => ({ expected: m.category, predicted: classifyText(m.text, m.language).category }));
  const { macroF1 } = evaluateOutcomes(outcomes);
  const languageAccuracy = heldOut.filter((m) => detectLanguage(m.text) === m.language).length / heldOut.length;
  assert.ok(macroF1 >= 0.9, `macro-F1 ${macroF1.toFixed(3)}`);
  assert.ok(languageAccuracy >= 0.97, `language accuracy ${languageAccuracy.toFixed(3)}`);
});

test('parseCorpus rejects rows with an unknown category', () => {
  assert.throws(() => parseCorpus('{"text":"hi","language":"en","category":"nonsense"}'));
});

test('classifying a message takes well under a millisecond on average', () => {
  const texts = heldOut.map((m) => m.text);
  const start = performance.now();
  for (let round = 0; round < 5; round++) for (const t of texts) classifyText(t, detectLanguage(t));
  const perMessage = (performance.now() - start) / (5 * texts.length);
  assert.ok(perMessage < 1, `${perMessage.toFixed(3)} ms per message`);
});
