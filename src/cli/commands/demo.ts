import { existsSync, readdirSync, rmSync } from 'node:fs';
import { readConfig } from '../../config.ts';
import { type DemoUser, loadDemo } from '../../demo/load-demo.ts';
import { createDeps } from '../../deps.ts';
import { parseFlags } from '../parse-flags.ts';
import { serveDesk } from './serve.ts';

/** Prints the demo accounts, one line each, so a newcomer can sign in. */
export function printDemoUsers(users: DemoUser[]): void {
  console.log('\nDemo accounts (sign in with email + password):');
  for (const u of users)
    console.log(`  ${u.store.padEnd(24)} ${u.role.padEnd(10)} ${u.email.padEnd(24)} ${u.password}`);
  console.log('');
}

/**
 * `aftersales demo [--data-dir DIR] [--force] [--no-serve] [--port N]`: a fresh embedded database
 * (default ./data-demo) holding every demo situation as a live case; prints the users, then serves it.
 */
export async function runDemo(args: string[]): Promise<number> {
  const flags = parseFlags(args, ['data-dir', 'port', 'host']);
  const dataDir = flags.values['data-dir'] || 'data-demo';
  if (existsSync(dataDir) && readdirSync(dataDir).length) {
    if (!flags.switches.has('force')) {
      console.error(`${dataDir} is not empty; pass --force to replace it, or --data-dir to choose another folder.`);
      return 1;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  const env = {
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    ...(flags.values.port ? { PORT: flags.values.port } : {}),
    ...(flags.values.host ? { HOST: flags.values.host } : {}),
  };
  const deps = await createDeps(readConfig(env));
  const { users } = await loadDemo(deps);
  await deps.dbHandle.close();
  console.log(`A fresh demo database is in ${dataDir}.`);
  printDemoUsers(users);
  if (flags.switches.has('no-serve')) return 0;
  return serveDesk(readConfig(env), { demo: false });
}
