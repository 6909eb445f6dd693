// The console is type-checked with the DOM library (web/tsconfig.json), which the root `tsc -p .`
// of `npm test` does not cover; this runs it once, on the embedded pass.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '../..');

test('the console type-checks (tsc -p web)', {
  skip: process.env.TEST_DATABASE_URL ? 'done on the embedded pass' : false,
}, () => {
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(root, 'web')],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
