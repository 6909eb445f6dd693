// A fresh database per test file: PGlite in memory, or — when TEST_DATABASE_URL is set — a new
// database created on that PostgreSQL server and dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { readConfig, type Config } from '../../src/config.ts';
import { createDeps, createLog, type Deps } from '../../src/deps.ts';

export type TestDb = { databaseUrl: string; dataDir: string; drop(): Promise<void> };

/** Creates an empty database for one test file. */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { databaseUrl: '', dataDir: 'memory://', drop: async () => {} };
  const name = `as_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir: 'memory://',
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
  const testDb = await createTestDb();
  const config = readConfig({}, { databaseUrl: testDb.databaseUrl, dataDir: testDb.dataDir, dbPoolSize: 5, webDist: '/nonexistent', ...overrides });
  const deps = await createDeps(config, { log: createLog(true) });
  return {
    ...deps,
    cleanup: async () => {
      await deps.dbHandle.close();
      await testDb.drop();
    },
  };
}
