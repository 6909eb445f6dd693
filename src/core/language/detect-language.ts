import type { LanguageTag } from '../types.ts';
import { CYRILLIC_LETTERS, CYRILLIC_WORDS } from './cyrillic-languages.ts';
import { countHanVariants } from './han-variants.ts';
import { LATIN_LETTERS, LATIN_WORDS, VIETNAMESE_ONLY } from './latin-languages.ts';
import { buildProfiles, pickLanguage, splitWords } from './score-languages.ts';

// Scripts by code-point range (checked in order; faster than a Unicode regex per character).
// Han, kana, Cyrillic and Latin need a closer look; the others have a fixed answer.
const SCRIPTS: ReadonlyArray<
  readonly [script: string, ranges: ReadonlyArray<readonly [number, number]>, weight: number]
> = [
  [
    'latin',
    [
      [0x41, 0x5a],
      [0x61, 0x7a],
      [0xc0, 0x24f],
      [0x1e00, 0x1eff],
    ],
    1,
  ],
  [
    'han',
    [
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xf900, 0xfaff],
      [0x20000, 0x2ffff],
    ],
    3,
  ],
  ['cyrillic', [[0x400, 0x52f]], 1],
  [
    'kana',
    [
      [0x3040, 0x30ff],
      [0x31f0, 0x31ff],
      [0xff66, 0xff9f],
    ],
    3,
  ],
  [
    'ko',
    [
      [0xac00, 0xd7af],
      [0x1100, 0x11ff],
      [0x3130, 0x318f],
    ],
    2,
  ],
  [
    'ar',
    [
      [0x600, 0x6ff],
      [0x750, 0x77f],
    ],
    1,
  ],
  ['he', [[0x590, 0x5ff]], 1],
  ['el', [[0x370, 0x3ff]], 1],
  ['th', [[0xe00, 0xe7f]], 2],
  ['hi', [[0x900, 0x97f]], 1],
  ['bn', [[0x980, 0x9ff]], 1],
  ['ta', [[0xb80, 0xbff]], 1],
  ['hy', [[0x530, 0x58f]], 1],
  ['ka', [[0x10a0, 0x10ff]], 1],
];

// The first 2,000 characters tell the language; the cap bounds the work on hostile input.
const MAX_CHARS = 2000;

const latin = { words: LATIN_WORDS, letters: LATIN_LETTERS };
const cyrillic = { words: CYRILLIC_WORDS, letters: CYRILLIC_LETTERS };
const latinProfiles = buildProfiles(latin);
const cyrillicProfiles = buildProfiles(cyrillic);

/** Strips what carries no language: links, e-mail addresses, order and tracking numbers, handles. */
// Each pattern needs a character most messages lack ('@', a digit), so it only runs when that is there:
// scanned over plain prose, the last two backtrack on every word.
function stripNoise(text: string): string {
  const urls = text.normalize('NFC').replace(/https?:\/\/\S+|www\.\S+/gi, ' ');
  const mails = urls.includes('@') ? urls.replace(/\S+@\S+/g, ' ') : urls;
  return /[0-9]/.test(mails) ? mails.replace(/[A-Za-z0-9_#-]*[0-9][A-Za-z0-9_#-]*/g, ' ') : mails;
}

function weighScripts(text: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x41) continue;
    const hit = SCRIPTS.find(([, ranges]) => ranges.some(([from, to]) => code >= from && code <= to));
    if (hit) weights.set(hit[0], (weights.get(hit[0]) ?? 0) + hit[2]);
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
  return pickLanguage(splitWords(text.replace(/ё/g, 'е').replace(/Ё/g, 'Е')), cyrillicProfiles, 'ru', 2.5);
}

function decideLatin(text: string): LanguageTag {
  if (VIETNAMESE_ONLY.test(text.toLowerCase())) return 'vi';
  return pickLanguage(splitWords(text), latinProfiles, 'en', 0.6);
}

/** The BCP-47 tag of a short customer message; zh-Hans when Chinese text gives no script evidence. */
export function detectLanguage(text: string): LanguageTag {
  const clean = stripNoise(text.slice(0, MAX_CHARS));
  const weights = weighScripts(clean);
  let top = '';
  let topWeight = 0;
  for (const [script, weight] of weights) {
    const cjkWeight =
      script === 'han' || script === 'kana' ? (weights.get('han') ?? 0) + (weights.get('kana') ?? 0) : weight;
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
