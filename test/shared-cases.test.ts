// The seeds' situations in ../shared/cases must pass the shared checker through the real CLI.
// A user's clone has no ../shared: then this test says so and skips.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '..', 'shared');
const checker = join(shared, 'tools', 'check-cases.mjs');
const missing = existsSync(checker)
  ? false
  : `../shared is absent (${shared}); the shared case files are checked in CI only`;

test('every shared case file passes check-cases.mjs', { skip: missing }, () => {
  const run = spawnSync(
    process.execPath,
    [checker, join(shared, 'cases'), '--', process.execPath, join(root, 'bin', 'aftersales.mjs'), 'assess', '-'],
    { encoding: 'utf8', timeout: 300_000 },
  );
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, / 0 failed/);
});
