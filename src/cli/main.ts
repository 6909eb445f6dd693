/** PLACEHOLDER (the foundation work owns the CLI): `aftersales <command>`; returns the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  console.error(`unknown command: ${argv.join(' ')}`);
  return 2;
}
