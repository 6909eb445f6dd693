// The migrator: numbered, hand-written SQL files applied in filename order, each in its own
// transaction under an advisory lock so two instances starting together never race.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DbHandle } from './open-db.ts';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url).pathname;
// Any constant shared by every instance of the desk; "as" in ASCII, twice.
const LOCK_KEY = 0x61736173;

export type MigrationResult = { applied: string[]; alreadyApplied: number };

/** Applies every pending migration; returns what it applied. Safe to call at every start. */
export async function migrate(handle: DbHandle, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const files = (await readdir(dir)).filter((name) => /^\d{4}_.+\.sql$/.test(name)).sort();
  await handle.transactionRaw(async (tx) => {
    await tx.rows('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const applied: string[] = [];
  for (const file of files) {
    const script = await readFile(join(dir, file), 'utf8');
    const didApply = await handle.transactionRaw(async (tx) => {
      await tx.rows('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const done = await tx.rows('SELECT 1 FROM schema_migrations WHERE version = $1', [file]);
      if (done.length) return false;
      await tx.exec(script);
      await tx.rows('INSERT INTO schema_migrations (version) VALUES ($1)', [file]);
      return true;
    });
    if (didApply) applied.push(file);
  }
  return { applied, alreadyApplied: files.length - applied.length };
}
