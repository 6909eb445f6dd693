// `npm run bench` (with the other benchmarks) or `node --import tsx scripts/bench-assess.ts`: the
// assessment engine in-process over our case files — assessments per second on one core and the
// p50/p99 latency of one assessment (target ≥ 5,000/s, p99 ≤ 2 ms). Prints figures only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assessCase } from '../src/core/assess/assess-case.ts';
import { parseCaseFile } from '../src/core/assess/parse-case-file.ts';
import type { CaseFile } from '../src/core/types.ts';

const ROUNDS = Number(process.env.BENCH_ASSESS_ROUNDS ?? 200);
const casesDir = new URL('../test/cases/', import.meta.url).pathname;

/** The case files of test/cases, parsed once (parsing is measured on its own). */
function loadCaseFiles(): { files: CaseFile[]; raw: unknown[] } {
  const raw = readdirSync(casesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f): unknown => JSON.parse(readFileSync(join(casesDir, f), 'utf8')));
  const files = raw.flatMap((value) => {
    const parsed = parseCaseFile(value);
    return parsed.ok ? [parsed.value] : [];
  });
  return { files, raw };
}

const at = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Times `run` over every item for ROUNDS rounds: throughput and per-call percentiles. */
function measure<T>(
  items: T[],
  run: (item: T) => unknown,
): { perSecond: number; p50: number; p99: number; count: number } {
  for (let i = 0; i < 5; i++) for (const item of items) run(item); // warm-up: JIT and formatter caches
  const times: number[] = [];
  const start = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    for (const item of items) {
      const t = performance.now();
      run(item);
      times.push(performance.now() - t);
    }
  }
  const elapsed = performance.now() - start;
  times.sort((a, b) => a - b);
  return { perSecond: (times.length / elapsed) * 1000, p50: at(times, 50), p99: at(times, 99), count: times.length };
}

/** Prints the engine's throughput and latency over the case files. */
export async function benchAssess(): Promise<void> {
  const { files, raw } = loadCaseFiles();
  const assess = measure(files, assessCase);
  const parse = measure(raw, parseCaseFile);
  console.log(`\n## assess (in-process, ${files.length} case files × ${ROUNDS} rounds = ${assess.count} assessments)`);
  console.log(
    `assessCase:    ${Math.round(assess.perSecond).toLocaleString('en')} assessments/s  p50 ${assess.p50.toFixed(3)} ms  p99 ${assess.p99.toFixed(3)} ms  (target ≥ 5,000/s, p99 ≤ 2 ms)`,
  );
  console.log(
    `parseCaseFile: ${Math.round(parse.perSecond).toLocaleString('en')} files/s        p50 ${parse.p50.toFixed(3)} ms  p99 ${parse.p99.toFixed(3)} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchAssess();
