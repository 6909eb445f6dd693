/**
 * The features the learned tone scorer reads from one folded sentence (see tone-text.ts): words and
 * word pairs, character n-grams across word boundaries (they carry Russian endings and typos), Han
 * character pairs and triples (Chinese has no spaces), the sentence's opening, and its punctuation.
 * Numbers are folded to one digit so order numbers and amounts never become features.
 */
const WORD = /[\p{L}\p{M}']+|\d+/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

export function sentenceFeatures(sentence: string): string[] {
  const text = sentence.replace(/\d+/g, '0');
  const features = new Set<string>();
  const words = (text.match(WORD) ?? []).filter((w) => !/\p{Script=Han}/u.test(w));
  words.forEach((word, i) => {
    features.add(`w:${word}`);
    if (i > 0) features.add(`b:${words[i - 1]} ${word}`);
  });
  if (words[0]) features.add(`s:${words[0]}${words[1] ? ` ${words[1]}` : ''}`);
  // Character 4-grams over the words joined by single spaces: "you should" → "you ", "ou s", "u sh"…
  const joined = ` ${words.join(' ')} `;
  for (let i = 0; i + 4 <= joined.length; i++) features.add(`c:${joined.slice(i, i + 4)}`);
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) features.add(`h:${run.slice(i, i + 2)}`);
    for (let i = 0; i + 3 <= run.length; i++) features.add(`h:${run.slice(i, i + 3)}`);
  }
  const han = text.match(HAN_RUN)?.[0];
  if (han) features.add(`s:${han.slice(0, 2)}`);
  if (/[?？]/u.test(text)) features.add('p:?');
  if (/[!！]/u.test(text)) features.add('p:!');
  if (/[?？][!！]|[!！][?？]|[?？]{2}|[!！]{2}/u.test(text)) features.add('p:?!');
  if (/\.\.\.|…|。。/u.test(text)) features.add('p:…');
  if (/["“«「『].{1,20}["”»」』]/u.test(text)) features.add('p:quote');
  if (/\p{Extended_Pictographic}/u.test(text)) features.add('p:emoji');
  features.add(`len:${Math.min(4, Math.floor(text.length / 40))}`);
  return [...features];
}
