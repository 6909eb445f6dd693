// The one bag of dependencies the app, the CLI and the flows receive: no singletons anywhere.
import { randomUUID } from 'node:crypto';
import type { Config } from './config.ts';
import { migrate } from './db/migrate.ts';
import { type DbHandle, openDb } from './db/open-db.ts';

export type Clock = { now(): Date };
export type Log = { info(msg: string): void; warn(msg: string): void; error(msg: string): void };

export type Deps = {
  db: DbHandle['db'];
  dbHandle: DbHandle;
  config: Config;
  clock: Clock;
  ids: () => string;
  log: Log;
};

export const systemClock: Clock = { now: () => new Date() };

/** A logger that writes to stderr, or says nothing when quiet (tests, benchmarks). */
export function createLog(quiet = false): Log {
  const write = (level: string) => (msg: string) => {
    if (!quiet) console.error(`[${level}] ${msg}`);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

/** Opens the database named by the config, brings its schema up to date, and wires the rest. */
export async function createDeps(
  config: Config,
  options: Partial<Pick<Deps, 'clock' | 'ids' | 'log' | 'dbHandle'>> = {},
): Promise<Deps> {
  const dbHandle =
    options.dbHandle ??
    (await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.dbPoolSize }));
  await migrate(dbHandle);
  return {
    db: dbHandle.db,
    dbHandle,
    config,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomUUID,
    log: options.log ?? createLog(),
  };
}
