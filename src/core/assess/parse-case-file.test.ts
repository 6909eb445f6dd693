import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCaseFile } from '../../../test/engine/build-case.ts';
import { parseCaseFile } from './parse-case-file.ts';

test('parseCaseFile accepts a valid case file, extra fields included', () => {
  const parsed = parseCaseFile({ ...buildCaseFile(), expect: { category: 'general' } });
  assert.equal(parsed.ok, true);
});

test('parseCaseFile names each problem as "path: problem"', () => {
  const rows: [unknown, string][] = [
    [null, 'case file: must be a JSON object'],
    [[1, 2], 'case file: must be a JSON object'],
    [{ store: { currency: 'USD', language: 'en' }, messages: [] }, 'now: required'],
    [{ ...buildCaseFile(), now: 'yesterday' }, 'now: must be an ISO-8601 date or time'],
    [
      { ...buildCaseFile(), store: { currency: 'dollars', language: 'en' } },
      'store.currency: must be an ISO 4217 code such as USD',
    ],
    [{ ...buildCaseFile(), messages: [{ text: 42 }] }, 'messages[0].text: must be string'],
    [
      { ...buildCaseFile(), messages: [{ text: 'x'.repeat(100_001) }] },
      'messages[0].text: too long (at most 100000 characters)',
    ],
    [{ ...buildCaseFile(), claim: { refused: ['shout'] } }, 'claim.refused[0]: must be one of'],
    [
      { ...buildCaseFile(), order: { id: 'o', lines: [{ sku: 'a', qty: -1, unitPrice: 1 }] } },
      'order.lines[0].qty: must be >= 0',
    ],
  ];
  for (const [value, problem] of rows) {
    const parsed = parseCaseFile(value);
    assert.equal(parsed.ok, false);
    if (!parsed.ok)
      assert.ok(
        parsed.errors.some((e) => e.startsWith(problem)),
        `${problem} not in ${parsed.errors.join(' | ')}`,
      );
  }
});
