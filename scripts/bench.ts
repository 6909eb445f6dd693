// `npm run bench`: every benchmark of the project in one run, so their figures can be compared
// (these machines are noisy; compare ratios within one run). Not a test: it prints figures only.
import { benchAssess } from './bench-assess.ts';
import { benchDb } from './bench-db.ts';

console.log(`# Aftersales benchmarks — ${new Date().toISOString()} — node ${process.version}`);
await benchAssess();
await benchDb();
