import type { CaseFile } from '../types.ts';

/**
 * PLACEHOLDER (the engine work replaces this with validation against the published JSON Schema):
 * checks the few fields a case file cannot do without.
 */
export function parseCaseFile(value: unknown): { ok: true; value: CaseFile } | { ok: false; errors: string[] } {
  if (typeof value !== 'object' || value === null) return { ok: false, errors: ['a case file is a JSON object'] };
  const errors: string[] = [];
  if (!('now' in value) || typeof value.now !== 'string') errors.push('now: required, an ISO-8601 time');
  if (!('store' in value) || typeof value.store !== 'object') errors.push('store: required');
  if (!('messages' in value) || !Array.isArray(value.messages)) errors.push('messages: required, a list');
  // biome-ignore lint: placeholder until schema validation lands
  return errors.length ? { ok: false, errors } : { ok: true, value: value as CaseFile };
}
