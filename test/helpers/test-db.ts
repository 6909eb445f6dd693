// A fresh database per test file: PGlite in memory, or — when TEST_DATABASE_URL is set — a new
// database created on that PostgreSQL server and dropped afterwards. PGlite starts from a migrated
// template kept in test-results/ (keyed by the migration files), since booting and migrating an
// empty PGlite costs seconds per file.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { type Config, readConfig } from '../../src/config.ts';
import { migrate } from '../../src/db/migrate.ts';
import { type DbHandle, dumpPglite, openDb } from '../../src/db/open-db.ts';
import { createDeps, createLog, type Deps } from '../../src/deps.ts';

const root = new URL('../../', import.meta.url).pathname;
const migrationsDir = join(root, 'src/db/migrations');

async function pgliteTemplate(): Promise<Blob> {
  const hash = createHash('sha256');
  for (const name of readdirSync(migrationsDir).sort())
    hash.update(name).update(readFileSync(join(migrationsDir, name)));
  const dir = join(root, 'test-results');
  const file = join(dir, `pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const handle = await openDb({ databaseUrl: '', dataDir: 'memory://' });
  await migrate(handle);
  const blob = await dumpPglite(handle);
  await handle.close();
  if (!blob) throw new Error('PGlite could not dump its data directory');
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, Buffer.from(await blob.arrayBuffer()));
  renameSync(temp, file);
  return blob;
}

/** Opens (and migrates) an empty database for one test file; `drop` removes it again. */
export async function openTestDb(
  poolSize = 5,
): Promise<{ handle: DbHandle; databaseUrl: string; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDb({ databaseUrl: '', dataDir: 'memory://', pgliteTemplate: await pgliteTemplate() });
    await migrate(handle);
    return { handle, databaseUrl: '', drop: async () => {} };
  }
  const name = `as_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDb({ databaseUrl: url.toString(), dataDir: '', poolSize });
  await migrate(handle);
  return {
    handle,
    databaseUrl: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Deps on a fresh test database (migrated), quiet, with a small pool. */
export async function createTestDeps(overrides: Partial<Config> = {}): Promise<Deps & { cleanup(): Promise<void> }> {
  const testDb = await openTestDb();
  const config = readConfig(
    {},
    { databaseUrl: testDb.databaseUrl, dataDir: 'memory://', dbPoolSize: 5, webDist: '/nonexistent', ...overrides },
  );
  const deps = await createDeps(config, { log: createLog(true), dbHandle: testDb.handle });
  return {
    ...deps,
    cleanup: async () => {
      await deps.dbHandle.close();
      await testDb.drop();
    },
  };
}
