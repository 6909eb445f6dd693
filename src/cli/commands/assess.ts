import { assessCase } from '../../core/assess/assess-case.ts';
import { parseCaseFile } from '../../core/assess/parse-case-file.ts';
import { parseJson, readInput } from '../read-input.ts';

/** `aftersales assess FILE|-`: prints the assessment of one case file. */
export async function runAssess(args: string[]): Promise<number> {
  const path = args[0];
  if (!path) {
    console.error('usage: aftersales assess FILE|-');
    return 2;
  }
  const json = parseJson(await readInput(path), 'the case file');
  if (!json.ok) {
    console.error(json.error);
    return 1;
  }
  const parsed = parseCaseFile(json.value);
  if (!parsed.ok) {
    console.error(`the case file is invalid: ${parsed.errors.join('; ')}`);
    return 1;
  }
  console.log(JSON.stringify(assessCase(parsed.value), null, 2));
  return 0;
}
