// Every reply draft the engine writes for our case files must pass the tone guard (S9, S10, S16, S8):
// a draft the desk proposes should never be one the guard would stop.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessCase } from '../../src/core/assess/assess-case.ts';
import { parseCaseFile } from '../../src/core/assess/parse-case-file.ts';
import { checkTone } from '../../src/core/tone/check-tone.ts';
import { loadCases } from './load-cases.ts';

test('every reply draft of the case files passes checkTone', () => {
  const flagged: string[] = [];
  for (const fixture of loadCases()) {
    const parsed = parseCaseFile(fixture.json);
    if (!parsed.ok) continue;
    const { reply } = assessCase(parsed.value);
    const report = checkTone(reply.text, { language: reply.language, caseFile: parsed.value });
    for (const issue of report.issues)
      flagged.push(`${fixture.name}: ${issue.kind} "${reply.text.slice(issue.start, issue.end)}" — ${issue.message}`);
  }
  assert.deepEqual(flagged, []);
});
