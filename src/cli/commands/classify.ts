import { createInterface } from 'node:readline';
import { classifyText } from '../../core/classify/classify-text.ts';
import { detectLanguage } from '../../core/language/detect-language.ts';

/** `aftersales classify -`: JSON Lines in, one JSON line out per input line (errors as {"id","error"}). */
export async function runClassify(args: string[]): Promise<number> {
  if (args[0] !== '-') {
    console.error('usage: aftersales classify -   (JSON Lines {"id","text"} on standard input)');
    return 2;
  }
  let failures = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!line.trim()) continue;
    const out = classifyLine(line);
    if ('error' in out) failures++;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failures ? 1 : 0;
}

function classifyLine(line: string): Record<string, unknown> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (typeof input !== 'object' || input === null) return { id: null, error: 'expected an object {"id","text"}' };
  const id = 'id' in input ? input.id : null;
  const text = 'text' in input ? input.text : undefined;
  if (typeof text !== 'string') return { id, error: 'text must be a string' };
  const language = detectLanguage(text);
  const { category, confidence } = classifyText(text, language);
  return { id, language, category, confidence: Math.round(confidence * 1000) / 1000 };
}
