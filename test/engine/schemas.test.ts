// The published JSON Schemas are the contract: every assessment validates against the output schema,
// every case file against the input schema, and their vocabularies match src/core/types.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import assessmentSchema from '../../schemas/assessment.schema.json' with { type: 'json' };
import caseFileSchema from '../../schemas/case-file.schema.json' with { type: 'json' };
import { assessCase } from '../../src/core/assess/assess-case.ts';
import { parseCaseFile } from '../../src/core/assess/parse-case-file.ts';
import { ACTIONS, CATEGORIES, PREVENTIONS, STAGES } from '../../src/core/types.ts';
import { loadCases } from './load-cases.ts';

const ajv = new Ajv({ allErrors: true, strict: false });

test('both schemas compile', () => {
  assert.equal(typeof ajv.compile(caseFileSchema), 'function');
  assert.equal(typeof ajv.compile(assessmentSchema), 'function');
});

test('the output schema speaks the vocabulary of types.ts', () => {
  const p = assessmentSchema.properties;
  assert.deepEqual(p.category.enum, [...CATEGORIES]);
  assert.deepEqual(p.recommendation.properties.primary.enum, [...ACTIONS]);
  assert.deepEqual(p.prevention.items.enum, [...PREVENTIONS]);
  assert.deepEqual(p.stage.enum, [...STAGES]);
  assert.deepEqual(caseFileSchema.properties.claim.properties.refused.items.enum, [...ACTIONS]);
});

test('every case file assessment validates against the output schema', () => {
  const validate = ajv.compile(assessmentSchema);
  for (const fixture of loadCases()) {
    const parsed = parseCaseFile(fixture.json);
    assert.ok(parsed.ok, fixture.name);
    const result = assessCase(parsed.value);
    assert.ok(validate(result), `${fixture.name}: ${JSON.stringify(validate.errors)}`);
    if (
      result.recommendation.actions.some((a) => a === 'refund_full' || a === 'refund_partial' || a === 'return_refund')
    ) {
      assert.ok(result.recommendation.refund, `${fixture.name}: a refund action without its refund`);
    }
    assert.equal(result.recommendation.actions[0], result.recommendation.primary, fixture.name);
  }
});
