import { readConfig } from '../../config.ts';
import { migrate } from '../../db/migrate.ts';
import { openDb } from '../../db/open-db.ts';

/** `aftersales migrate`: brings the database (DATABASE_URL or DATA_DIR) up to the latest schema. */
export async function runMigrate(_args: string[]): Promise<number> {
  const config = readConfig();
  const handle = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    const result = await migrate(handle);
    console.log(
      `${handle.kind}: applied ${result.applied.length} migration(s)${result.applied.length ? `: ${result.applied.join(', ')}` : ''}; ${result.alreadyApplied} already applied`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}
