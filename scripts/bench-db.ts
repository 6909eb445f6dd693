// `npm run bench` (with the other benchmarks) or `node --import tsx scripts/bench-db.ts`: intake
// throughput through HTTP into the database, and inbox listing latency with 100,000 cases, on PGlite
// and — when BENCH_DATABASE_URL or TEST_DATABASE_URL is set — on PostgreSQL. Prints figures only.
// BENCH_INTAKE_SECONDS (15), BENCH_CONCURRENCY (16), BENCH_CASES (100000), BENCH_APPS (1,2), BENCH_SKIP_PGLITE=1
// and BENCH_PROFILE_DIR (CPU profiles of the app servers) tune it. The load client runs in its own
// process; on PostgreSQL so do the app servers (logger at warn, as `serve` runs with LOG_LEVEL=warn),
// so the figures are the app's, not the client's.
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { readConfig } from '../src/config.ts';
import { apiTokens, stores, users } from '../src/db/schema/index.ts';
import { createDeps, createLog, type Deps } from '../src/deps.ts';
import { hashPassword, hashToken } from '../src/flows/secrets.ts';
import { buildApp } from '../src/http/app.ts';

const INTAKE_SECONDS = Number(process.env.BENCH_INTAKE_SECONDS ?? 15);
const INTAKE_CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const INBOX_CASES = Number(process.env.BENCH_CASES ?? 100_000);
const INBOX_REQUESTS = 300;
// How many app processes serve the intake run on PostgreSQL, one run each (the app is stateless).
const INTAKE_APPS = (process.env.BENCH_APPS ?? '1,2').split(',').map(Number);

type Target = { label: string; databaseUrl: string; drop(): Promise<void> };

async function postgresTarget(serverUrl: string): Promise<Target> {
  const name = `as_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    label: 'PostgreSQL',
    databaseUrl: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function seedStore(deps: Deps): Promise<{ storeId: string; token: string }> {
  const storeId = deps.ids();
  await deps.db.insert(stores).values({ id: storeId, name: 'Bench store', currency: 'USD', language: 'en' });
  const userId = deps.ids();
  await deps.db.insert(users).values({
    id: userId,
    storeId,
    email: `bench-${userId}@example.test`,
    name: 'Bench',
    role: 'owner',
    passwordHash: await hashPassword('bench-password'),
  });
  const token = `as_t_${randomBytes(24).toString('base64url')}`;
  await deps.db
    .insert(apiTokens)
    .values({ id: deps.ids(), storeId, userId, name: 'bench', tokenHash: hashToken(token) });
  return { storeId, token };
}

const TEXTS = [
  'Where is my parcel? Order %n has not arrived.',
  '我的订单%n还没收到，请帮忙查一下',
  'Здравствуйте, заказ %n пришёл повреждённым.',
  'Hello, is the shop open?',
];

/** The load client (run in its own process): posts intake messages for INTAKE_SECONDS, round-robin over the apps. */
async function runIntakeClient(
  baseUrls: string[],
  token: string,
  label: string,
): Promise<{ rate: number; sent: number }> {
  let next = 0;
  const started = performance.now();
  const deadline = started + INTAKE_SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const i = next++;
      const res = await fetch(`${baseUrls[i % baseUrls.length]}/api/v1/intake`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          externalId: `bench-${label}-${i}`,
          channel: 'email',
          from: `email:c${i % 500}@example.test`,
          text: (TEXTS[i % TEXTS.length] ?? '').replace('%n', String(10000 + i)),
        }),
      });
      if (res.status !== 201) throw new Error(`intake answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: INTAKE_CONCURRENCY }, worker));
  return { rate: next / ((performance.now() - started) / 1000), sent: next };
}

/** Forks this script in `role` and resolves with the first message the child sends back. */
function forkChild<T>(role: string, args: string[]): { child: ChildProcess; reply: Promise<T> } {
  // BENCH_PROFILE_DIR: the app servers write a CPU profile there (node --cpu-prof) when they stop.
  const profile = role === '--app-server' && process.env.BENCH_PROFILE_DIR;
  const execArgv = ['--import', 'tsx', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])];
  const child = fork(fileURLToPath(import.meta.url), [role, ...args], { execArgv });
  const reply = new Promise<T>((resolveReply, rejectReply) => {
    child.once('message', (message: T) => resolveReply(message));
    child.once('exit', (code) => rejectReply(new Error(`${role} exited with ${code}`)));
  });
  return { child, reply };
}

/** An app server in its own process, as `serve` runs it (logger at warn), answering with its port. */
async function runAppServer(databaseUrl: string): Promise<void> {
  const config = readConfig(
    { LOG_LEVEL: 'warn' },
    { databaseUrl, dataDir: 'memory://', dbPoolSize: 10, webDist: '/nonexistent' },
  );
  const deps = await createDeps(config, { log: createLog(true) });
  const app = await buildApp(deps, { logger: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('not listening');
  process.send?.(address.port);
  process.on('disconnect', () => void app.close().then(() => deps.dbHandle.close()));
}

/** Intake throughput with `apps` app processes and the load client in a further process. */
async function benchIntake(target: Target, apps: number, token: string, inProcessUrl: string): Promise<void> {
  // PGlite lives inside its one process, so there the app under test is this process's own.
  const servers = target.databaseUrl
    ? Array.from({ length: apps }, () => forkChild<number>('--app-server', [target.databaseUrl]))
    : [];
  const label = target.label;
  try {
    const ports = await Promise.all(servers.map((s) => s.reply));
    const urls = servers.length ? ports.map((port) => `http://127.0.0.1:${port}`) : [inProcessUrl];
    const client = forkChild<{ rate: number; sent: number }>('--intake-client', [token, `${apps}`, ...urls]);
    const { rate, sent } = await client.reply;
    client.child.disconnect();
    console.log(
      `db ${label}: intake ${rate.toFixed(0)} messages/s with ${urls.length} app process${urls.length > 1 ? 'es' : ''} (${sent} messages over HTTP in ${INTAKE_SECONDS} s, concurrency ${INTAKE_CONCURRENCY}, load client in its own process, each assessed)`,
    );
  } finally {
    for (const s of servers) if (s.child.connected) s.child.disconnect();
    await Promise.all(servers.map((s) => (s.child.exitCode === null ? once(s.child, 'exit') : undefined)));
  }
}

async function bulkInsertCases(deps: Deps, storeId: string): Promise<void> {
  await deps.db.execute(sql`
    INSERT INTO cases (id, store_id, channel, language, category, status, priority, subject, search_text, search_tsv, created_at, updated_at, next_due_at)
    SELECT gen_random_uuid(), ${storeId}::uuid, (ARRAY['email','chat','marketplace','phone'])[1 + i % 4], (ARRAY['en','zh-Hans','ru'])[1 + i % 3],
      (ARRAY['order_status','delayed_or_lost','damaged','wrong_item','refund_request','general'])[1 + i % 6],
      (ARRAY['new','open','waiting_customer','waiting_carrier','resolved','closed','closed','closed'])[1 + i % 8],
      (ARRAY['low','normal','normal','high'])[1 + i % 4], 'Bulk case ' || i, 'bulk case ' || i, to_tsvector('simple', 'bulk case ' || i),
      now() - make_interval(mins => i), now() - make_interval(mins => i), now() + make_interval(hours => i % 48)
    FROM generate_series(1, ${INBOX_CASES}) AS i`);
  await deps.db.execute(sql`ANALYZE cases`);
}

async function benchInbox(baseUrl: string, token: string): Promise<Record<string, { p50: number; p95: number }>> {
  const queries = {
    'inbox (new+open, 50)': '/cases?status=new&status=open&limit=50',
    'all, newest 50': '/cases?limit=50',
    'by category': '/cases?category=damaged&limit=50',
    search: '/cases?q=bulk%20case%2042&limit=50',
  };
  const out: Record<string, { p50: number; p95: number }> = {};
  for (const [label, path] of Object.entries(queries)) {
    const times: number[] = [];
    for (let i = 0; i < INBOX_REQUESTS; i++) {
      const t0 = performance.now();
      const res = await fetch(`${baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out[label] = { p50: percentile(times, 50), p95: percentile(times, 95) };
  }
  return out;
}

async function benchTarget(target: Target): Promise<void> {
  const config = readConfig(
    { LOG_LEVEL: 'warn' },
    { databaseUrl: target.databaseUrl, dataDir: 'memory://', dbPoolSize: 10, webDist: '/nonexistent' },
  );
  const deps = await createDeps(config, { log: createLog(true) });
  const app = await buildApp(deps, { logger: true });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address !== 'object') throw new Error('not listening');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    const { storeId, token } = await seedStore(deps);
    for (const apps of target.databaseUrl ? INTAKE_APPS : [1]) await benchIntake(target, apps, token, baseUrl);
    const t0 = performance.now();
    await bulkInsertCases(deps, storeId);
    console.log(
      `db ${target.label}: bulk-inserted ${INBOX_CASES} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    for (const [label, { p50, p95 }] of Object.entries(await benchInbox(baseUrl, token))) {
      console.log(
        `db ${target.label}: ${label}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${INBOX_REQUESTS} requests over HTTP)`,
      );
    }
  } finally {
    await app.close();
    await deps.dbHandle.close();
    await target.drop();
  }
}

/** Runs the database benchmark on PGlite, then on PostgreSQL when a server URL is configured. */
export async function benchDb(): Promise<void> {
  // These machines are shared: the load average says how much of the CPU the figures below had.
  console.log(
    `db: ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at start`,
  );
  if (process.env.BENCH_SKIP_PGLITE !== '1')
    await benchTarget({ label: 'PGlite', databaseUrl: '', drop: async () => {} });
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (serverUrl) await benchTarget(await postgresTarget(serverUrl));
  else console.log('db PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
}

/** What this process is: the benchmark itself, one of its app servers, or its load client. */
async function main(): Promise<void> {
  const [role, ...args] = process.argv.slice(2);
  if (role === '--app-server') return runAppServer(args[0] ?? '');
  if (role !== '--intake-client') return benchDb();
  const [token = '', label = '', ...urls] = args;
  process.send?.(await runIntakeClient(urls, token, label));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
