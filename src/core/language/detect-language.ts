import type { LanguageTag } from '../types.ts';
import { CYRILLIC_LETTERS, CYRILLIC_WORDS } from './cyrillic-languages.ts';
import { countHanVariants } from './han-variants.ts';
import { LATIN_LETTERS, LATIN_WORDS, VIETNAMESE_ONLY } from './latin-languages.ts';
import { buildProfiles, pickLanguage, splitWords } from './score-languages.ts';

// Scripts with a fixed answer; Han, kana, Cyrillic and Latin need a closer look.
const SCRIPTS: ReadonlyArray<readonly [string, RegExp, number]> = [
  ['han', /\p{Script=Han}/u, 3],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, 3],
  ['ko', /\p{Script=Hangul}/u, 2],
  ['cyrillic', /\p{Script=Cyrillic}/u, 1],
  ['latin', /\p{Script=Latin}/u, 1],
  ['ar', /\p{Script=Arabic}/u, 1],
  ['he', /\p{Script=Hebrew}/u, 1],
  ['el', /\p{Script=Greek}/u, 1],
  ['th', /\p{Script=Thai}/u, 2],
  ['hi', /\p{Script=Devanagari}/u, 1],
  ['bn', /\p{Script=Bengali}/u, 1],
  ['ta', /\p{Script=Tamil}/u, 1],
  ['hy', /\p{Script=Armenian}/u, 1],
  ['ka', /\p{Script=Georgian}/u, 1],
];

const latin = { words: LATIN_WORDS, letters: LATIN_LETTERS };
const cyrillic = { words: CYRILLIC_WORDS, letters: CYRILLIC_LETTERS };
const latinProfiles = buildProfiles(latin);
const cyrillicProfiles = buildProfiles(cyrillic);

/** Strips what carries no language: links, e-mail addresses, order and tracking numbers, handles. */
function stripNoise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/https?:\/\/\S+|www\.\S+/gi, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/[A-Za-z0-9_#-]*[0-9][A-Za-z0-9_#-]*/g, ' ');
}

function weighScripts(text: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const ch of text) {
    for (const [script, pattern, weight] of SCRIPTS) {
      if (pattern.test(ch)) {
        weights.set(script, (weights.get(script) ?? 0) + weight);
        break;
      }
    }
  }
  return weights;
}

function decideCjk(text: string, weights: Map<string, number>): LanguageTag {
  const kana = (weights.get('kana') ?? 0) / 3;
  const han = (weights.get('han') ?? 0) / 3;
  if (kana >= 2 || (kana >= 1 && kana >= han * 0.3)) return 'ja';
  const { simplified, traditional } = countHanVariants(text);
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

function decideCyrillic(text: string): LanguageTag {
  return pickLanguage(splitWords(text.replace(/ё/g, 'е').replace(/Ё/g, 'Е')), cyrillic, cyrillicProfiles, 'ru', 2.5);
}

function decideLatin(text: string): LanguageTag {
  if (VIETNAMESE_ONLY.test(text.toLowerCase())) return 'vi';
  return pickLanguage(splitWords(text), latin, latinProfiles, 'en', 0.6);
}

/** The BCP-47 tag of a short customer message; zh-Hans when Chinese text gives no script evidence. */
export function detectLanguage(text: string): LanguageTag {
  const clean = stripNoise(text);
  const weights = weighScripts(clean);
  let top = '';
  let topWeight = 0;
  for (const [script, weight] of weights) {
    const cjkWeight = script === 'han' || script === 'kana' ? (weights.get('han') ?? 0) + (weights.get('kana') ?? 0) : weight;
    if (cjkWeight > topWeight) {
      top = script === 'kana' ? 'han' : script;
      topWeight = cjkWeight;
    }
  }
  if (!top) return 'und';
  if (top === 'han') return decideCjk(clean, weights);
  if (top === 'cyrillic') return decideCyrillic(clean);
  if (top === 'latin') return decideLatin(clean);
  return top;
}
