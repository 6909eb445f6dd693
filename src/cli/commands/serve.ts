import { startChannels } from '../../channels/start-channels.ts';
import { type Config, readConfig } from '../../config.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';
import { createDeps } from '../../deps.ts';
import { buildApp } from '../../http/app.ts';
import { parseFlags } from '../parse-flags.ts';
import { printDemoUsers } from './demo.ts';

/** `aftersales serve [--port N] [--host H] [--demo]`: runs the desk until SIGINT/SIGTERM. */
export async function runServe(args: string[]): Promise<number> {
  const flags = parseFlags(args, ['port', 'host']);
  const env = {
    ...process.env,
    ...(flags.values.port ? { PORT: flags.values.port } : {}),
    ...(flags.values.host ? { HOST: flags.values.host } : {}),
  };
  return serveDesk(readConfig(env), { demo: flags.switches.has('demo') });
}

/** Serves the desk and runs its worker on this configuration; with demo, first loads the demo data into an empty database. */
export async function serveDesk(config: Config, options: { demo: boolean }): Promise<number> {
  const deps = await createDeps(config);
  if (options.demo) {
    const demo = await loadDemoIfEmpty(deps);
    if (demo) printDemoUsers(demo.users);
    else console.log('The database already holds data: demo data not loaded.');
  }
  const app = await buildApp(deps, { logger: true });
  await app.listen({ port: config.port, host: config.host });
  // The background side: SLA sweeps, follow-ups, the mail outbox and IMAP/SMTP intake.
  const channels = await startChannels(deps);
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  console.log(
    `Aftersales is serving on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (${where}); API docs at /api/docs`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await channels.stop();
  await app.close();
  await deps.dbHandle.close();
  return 0;
}
