import { foldToSimplified } from '../language/han-variants.ts';

/** A sentence of a draft: its span [start, end) and text, and whether it asks something. */
export type Sentence = { start: number; end: number; text: string; isQuestion: boolean };

/**
 * Length-preserving folds so one pattern serves every spelling: lower case, Traditional → Simplified,
 * ё → е, curly → straight apostrophes. Spans found in the folded text are spans in the original.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  const cased = lower.length === text.length ? lower : text;
  return foldToSimplified(cased).replace(/[’‘`]/gu, "'").replace(/ё/gu, 'е');
}

/** Sentences with their spans; a sentence ending in ? or in 吗/么/嘛 is a question. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // A full stop between digits (£42.30, 2.5 kg) does not end a sentence.
  for (const match of text.matchAll(/(?:[^.!?。！？…\n]|(?<=\d)\.(?=\d))+(?:[.!?。！？…]+["'”」』)）]?)?|\n+/gu)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const isQuestion = /[?？]/u.test(body) || /[吗么嘛][\s"'”」』)）]*$/u.test(body);
    sentences.push({ start: match.index + lead, end: match.index + lead + body.length, text: body, isQuestion });
  }
  return sentences;
}

// "Hi Anna," / "Dear Mr Li:" / "Здравствуйте, Ольга," on a line of its own: an address, not a statement.
const SALUTATION =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|здравствуйте|добрый (?:день|вечер)|доброе утро|привет|уважаем|您好|你好|亲|哈喽|嗨)[^.!?。！？]{0,40}[,，:：]$/u;

/** Whether a (folded) sentence only greets the customer; the learned scorer does not judge those. */
export function isSalutation(sentence: string): boolean {
  return SALUTATION.test(sentence);
}
