import { Ajv, type ErrorObject } from 'ajv';
import caseFileSchema from '../../../schemas/case-file.schema.json' with { type: 'json' };
import type { CaseFile } from '../types.ts';

const MAX_ERRORS = 20;

const ajv = new Ajv({ allErrors: true, strict: false });
const validateCaseFile = ajv.compile<CaseFile>(caseFileSchema);

/** "/order/lines/0/qty" → "order.lines[0].qty"; the root is "case file". */
function toPath(instancePath: string, extra?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra) parts.push(extra);
  const path = parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return path || 'case file';
}

/** One ajv error as "path: problem", in words a store's developer understands. */
function describe(error: ErrorObject): string {
  const params: Record<string, unknown> = error.params;
  switch (error.keyword) {
    case 'required':
      return `${toPath(error.instancePath, String(params.missingProperty))}: required`;
    case 'enum':
      return `${toPath(error.instancePath)}: must be one of ${(Array.isArray(params.allowedValues) ? params.allowedValues : []).join(', ')}`;
    case 'maxLength':
      return `${toPath(error.instancePath)}: too long (at most ${String(params.limit)} characters)`;
    case 'maxItems':
      return `${toPath(error.instancePath)}: too many items (at most ${String(params.limit)})`;
    case 'pattern':
      return `${toPath(error.instancePath)}: ${error.instancePath.endsWith('currency') ? 'must be an ISO 4217 code such as USD' : 'must be an ISO-8601 date or time'}`;
    default:
      return `${toPath(error.instancePath)}: ${error.message ?? 'is invalid'}`;
  }
}

/**
 * Checks a parsed JSON value against the published schema (schemas/case-file.schema.json): the case file,
 * or readable "path: problem" errors. Never throws, whatever the value.
 */
export function parseCaseFile(value: unknown): { ok: true; value: CaseFile } | { ok: false; errors: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, errors: ['case file: must be a JSON object'] };
  try {
    if (validateCaseFile(value)) return { ok: true, value };
  } catch (error) {
    return {
      ok: false,
      errors: [`case file: could not be validated (${error instanceof Error ? error.message : 'unknown error'})`],
    };
  }
  const errors = [...new Set((validateCaseFile.errors ?? []).map(describe))];
  return {
    ok: false,
    errors:
      errors.length > MAX_ERRORS
        ? [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more`]
        : errors,
  };
}
