// Two validators: bodies are checked strictly (a "5" is not a number: wrong types are errors),
// while path and query strings, which are always text, are coerced to the declared types.
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import type { FastifySchema } from 'fastify';

function createAjv(coerceTypes: boolean | 'array'): Ajv {
  const ajv = new Ajv({ coerceTypes, useDefaults: true, removeAdditional: false, allErrors: false, strict: false });
  formats.default(ajv);
  return ajv;
}

const strict = createAjv(false);
const coercing = createAjv('array');

/** Fastify's validatorCompiler: strict for bodies, coercing for params, querystring and headers. */
export function compileValidator({ schema, httpPart }: { schema: FastifySchema; httpPart?: string }): ValidateFunction {
  return (httpPart === 'body' ? strict : coercing).compile(schema);
}
