// Our own case files (test/cases) read once for the tests and the benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type CaseFixture = { name: string; json: Record<string, unknown>; expect: Record<string, unknown> };

const casesDir = new URL('../cases/', import.meta.url).pathname;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every test/cases/*.json with its expect block, sorted by name. */
export function loadCases(): CaseFixture[] {
  return readdirSync(casesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const json: unknown = JSON.parse(readFileSync(join(casesDir, name), 'utf8'));
      if (!isRecord(json)) throw new Error(`${name}: not a JSON object`);
      return { name, json, expect: isRecord(json.expect) ? json.expect : {} };
    });
}
