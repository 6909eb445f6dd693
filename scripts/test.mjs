#!/usr/bin/env node
// `npm test`: type-check, then the whole suite on the embedded PGlite, then once more against a real
// PostgreSQL server when TEST_DATABASE_URL is set. Prints node's summary and a plain
// "N passed, N failed" line per pass and in total.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

function runPass(label, env) {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  // One TAP file per process, so runs side by side don't overwrite each other's counts.
  const tapFile = join(root, 'test-results', `tap-${label}-${process.pid}.txt`);
  const files = only.length ? only : [...findTests(join(root, 'src')), ...findTests(join(root, 'test'))].sort();
  console.log(`\n=== test pass: ${label} (${files.length} files) ===`);
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      ...files,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  const tap = readFileSync(tapFile, 'utf8');
  const count = (word) => Number([...tap.matchAll(new RegExp(`^# ${word} (\\d+)$`, 'gm'))].at(-1)?.[1] ?? 0);
  const result = { pass: count('pass'), fail: count('fail'), skipped: count('skipped'), status: run.status };
  console.log(`# ${label}: pass ${result.pass} / fail ${result.fail} / skipped ${result.skipped}`);
  writeFileSync(join(root, 'test-results', `summary-${label}.json`), JSON.stringify(result));
  return result;
}

if (!only.length) {
  console.log('=== type-check ===');
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], {
    stdio: 'inherit',
  });
  if (tsc.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const passes = [runPass('pglite', { TEST_DATABASE_URL: '' })];
if (process.env.TEST_DATABASE_URL)
  passes.push(runPass('postgres', { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL }));
else console.log('\nTEST_DATABASE_URL is not set: the PostgreSQL pass was skipped.');

const passed = passes.reduce((n, p) => n + p.pass, 0);
const failed = passes.reduce((n, p) => n + p.fail + (p.status !== 0 && p.fail === 0 ? 1 : 0), 0);
const skipped = passes.reduce((n, p) => n + p.skipped, 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
