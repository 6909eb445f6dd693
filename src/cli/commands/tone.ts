import { checkTone } from '../../core/tone/check-tone.ts';
import { parseCaseFile } from '../../core/assess/parse-case-file.ts';
import { parseJson, readInput } from '../read-input.ts';

/** `aftersales tone -`: reads {"text","language"?,"caseFile"?}, prints {"language","issues":[…]}. */
export async function runTone(args: string[]): Promise<number> {
  if (args[0] !== '-') {
    console.error(
      'usage: aftersales tone -   ({"text": "...", "language"?: "...", "caseFile"?: {...}} on standard input)',
    );
    return 2;
  }
  const json = parseJson(await readInput('-'), 'the input');
  if (!json.ok) {
    console.error(json.error);
    return 1;
  }
  const input = json.value;
  if (typeof input !== 'object' || input === null || !('text' in input) || typeof input.text !== 'string') {
    console.error('the input needs "text" (a string)');
    return 1;
  }
  const language = 'language' in input && typeof input.language === 'string' ? input.language : undefined;
  let caseFile;
  if ('caseFile' in input && input.caseFile !== undefined) {
    const parsed = parseCaseFile(input.caseFile);
    if (!parsed.ok) {
      console.error(`caseFile is invalid: ${parsed.errors.join('; ')}`);
      return 1;
    }
    caseFile = parsed.value;
  }
  console.log(JSON.stringify(checkTone(input.text, { language, caseFile })));
  return 0;
}
