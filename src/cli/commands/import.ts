import { readFile } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { eq } from 'drizzle-orm';
import { readConfig } from '../../config.ts';
import { stores } from '../../db/schema/index.ts';
import { createDeps, type Deps } from '../../deps.ts';
import { importOrders } from '../../flows/import-rows.ts';
import { readOrdersFile } from '../orders-file.ts';
import { parseFlags } from '../parse-flags.ts';

async function pickStore(deps: Deps, wanted: string | undefined): Promise<string | string[]> {
  const all = await deps.db.select({ id: stores.id, name: stores.name }).from(stores);
  if (wanted) {
    const [hit] = await deps.db.select({ id: stores.id }).from(stores).where(eq(stores.id, wanted));
    return hit ? hit.id : all.map((s) => `${s.id}  ${s.name}`);
  }
  return all.length === 1 && all[0] ? all[0].id : all.map((s) => `${s.id}  ${s.name}`);
}

/** `aftersales import orders FILE [--store ID]`: CSV or JSON orders into the database, with a progress bar and a report. */
export async function runImport(args: string[]): Promise<number> {
  const flags = parseFlags(args, ['store']);
  const [what, file] = flags.positionals;
  if (what !== 'orders' || !file) {
    console.error('usage: aftersales import orders FILE.csv|FILE.json [--store STORE_ID]');
    return 2;
  }
  let rows: unknown[];
  try {
    rows = readOrdersFile(file, await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const deps = await createDeps(readConfig());
  try {
    const store = await pickStore(deps, flags.values.store);
    if (typeof store !== 'string') {
      console.error(
        store.length
          ? `choose a store with --store:\n  ${store.join('\n  ')}`
          : 'the database has no store yet (try `aftersales serve --demo` or `aftersales demo`)',
      );
      return 2;
    }
    const bar = new SingleBar({
      format: 'importing orders [{bar}] {value}/{total}',
      hideCursor: true,
      stream: process.stderr,
    });
    bar.start(rows.length, 0);
    const report = await importOrders(deps, store, null, rows, (done) => bar.update(done));
    bar.stop();
    console.log(
      `imported ${report.imported}, updated ${report.updated}, rejected ${report.rejected.length} of ${rows.length} orders`,
    );
    for (const r of report.rejected)
      console.log(`  row ${r.row}${r.key ? ` (${r.key})` : ''}: ${r.reasons.join('; ')}`);
    return report.rejected.length ? 1 : 0;
  } finally {
    await deps.dbHandle.close();
  }
}
