import type { LanguageTag } from '../types.ts';

/** PLACEHOLDER (to be replaced by the language-detection work): script-based guess only. */
export function detectLanguage(text: string): LanguageTag {
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh-Hans';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  if (/\p{L}/u.test(text)) return 'en';
  return 'und';
}
