// A tiny flag parser for the commands: `--port 3000`, `--port=3000`, `--demo`, and positionals.

export type Flags = { positionals: string[]; values: Record<string, string>; switches: Set<string> };

/** Splits argv into positionals, `--name value` pairs (for names in `valued`) and bare switches. */
export function parseFlags(args: string[], valued: string[] = []): Flags {
  const flags: Flags = { positionals: [], values: {}, switches: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      flags.positionals.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split('=', 2);
    if (inline !== undefined) flags.values[name] = inline;
    else if (valued.includes(name)) flags.values[name] = args[++i] ?? '';
    else flags.switches.add(name);
  }
  return flags;
}
