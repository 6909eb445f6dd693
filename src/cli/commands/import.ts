/** `aftersales import orders FILE`: placeholder until the import flow lands (next commit). */
export async function runImport(_args: string[]): Promise<number> {
  console.error('import: not yet available');
  return 2;
}
