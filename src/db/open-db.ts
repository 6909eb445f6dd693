// One Drizzle database over either driver: PGlite (embedded, WASM) or node-postgres.
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';

/** The query surface every flow uses; a transaction is one too. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type Row = Record<string, unknown>;

/** Raw access for the migrator: a script and parameterised queries on one connection, in one transaction. */
export type RawTx = { exec(script: string): Promise<void>; rows(text: string, params?: unknown[]): Promise<Row[]> };

export type DbHandle = {
  db: Db;
  kind: 'pglite' | 'postgres';
  transactionRaw<T>(fn: (tx: RawTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  dumpDataDir?: () => Promise<Blob>;
};

/** Opens PostgreSQL when the URL is set, else PGlite in dataDir (`memory://` for an in-memory one). */
export async function openDb(options: {
  databaseUrl: string;
  dataDir: string;
  poolSize?: number;
  pgliteTemplate?: Blob;
}): Promise<DbHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir, options.pgliteTemplate);
}

/** A PGlite data directory as a tarball, e.g. a freshly migrated one that tests start from (much faster than migrating). */
export async function dumpPglite(handle: DbHandle): Promise<Blob | null> {
  return handle.dumpDataDir ? handle.dumpDataDir() : null;
}

async function openPglite(dataDir: string, template?: Blob): Promise<DbHandle> {
  const options = template ? { loadDataDir: template } : {};
  const client = dataDir === 'memory://' ? new PGlite(options) : new PGlite(dataDir, options);
  await client.waitReady;
  return {
    db: drizzlePglite(client),
    kind: 'pglite',
    transactionRaw: (fn) =>
      client.transaction((tx) =>
        fn({
          exec: async (script) => void (await tx.exec(script)),
          rows: async (text, params) => (await tx.query<Row>(text, params)).rows,
        }),
      ),
    close: () => client.close(),
    dumpDataDir: async () => client.dumpDataDir('none'),
  };
}

async function openPostgres(url: string, poolSize: number): Promise<DbHandle> {
  // bigint (int8) columns hold money in minor units: well inside Number's safe range.
  pg.types.setTypeParser(20, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops (restart, failover) must not crash the process; the pool reconnects.
  pool.on('error', (error) => console.error(`[warn] PostgreSQL connection lost: ${error.message}`));
  await pool.query('select 1');
  return {
    db: drizzlePg(pool),
    kind: 'postgres',
    transactionRaw: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          exec: async (script) => void (await client.query(script)),
          rows: async (text, params) => (await client.query<Row>(text, params)).rows,
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
