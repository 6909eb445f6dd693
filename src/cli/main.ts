import { runAssess } from './commands/assess.ts';
import { runClassify } from './commands/classify.ts';
import { runDemo } from './commands/demo.ts';
import { runImport } from './commands/import.ts';
import { runMigrate } from './commands/migrate.ts';
import { runServe } from './commands/serve.ts';
import { runTone } from './commands/tone.ts';

/** A command takes its arguments and returns the process exit code. */
export type Command = (args: string[]) => Promise<number>;

// Each command lives in its own file under commands/; add new ones to this table.
const commands: Record<string, { run: Command; help: string }> = {
  assess: { run: runAssess, help: 'assess FILE|-         assess a case file, print the assessment as JSON' },
  classify: {
    run: runClassify,
    help: 'classify -            JSON Lines {"id","text"} in, {"id","language","category","confidence"} out',
  },
  serve: {
    run: runServe,
    help: 'serve [--port N] [--host H] [--demo]   run the desk (--demo: load demo data into an empty database)',
  },
  migrate: {
    run: runMigrate,
    help: 'migrate               apply pending database migrations (DATABASE_URL or DATA_DIR)',
  },
  demo: {
    run: runDemo,
    help: 'demo [--data-dir D] [--force] [--no-serve]   a fresh embedded database with every demo case, then serve it',
  },
  import: {
    run: runImport,
    help: 'import orders FILE    import orders from CSV or JSON (--store ID when the database has several stores)',
  },
  tone: { run: runTone, help: 'tone -                {"text","language"?,"caseFile"?} in, tone issues out' },
};

function usage(): string {
  return ['usage: aftersales <command> [args]', '', ...Object.values(commands).map((c) => `  ${c.help}`)].join('\n');
}

/** `aftersales <command>`; returns the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name && name !== 'help' && name !== '--help' ? `unknown command: ${name}\n\n${usage()}` : usage());
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  return command.run(args);
}
