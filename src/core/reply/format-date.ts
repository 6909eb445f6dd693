import type { CoreLanguage } from '../types.ts';

const LOCALES: Record<CoreLanguage, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en-US', ru: 'ru-RU' };
const formatters = new Map<CoreLanguage, Intl.DateTimeFormat>();

/** A calendar day (YYYY-MM-DD or any ISO time, read in UTC) as people write it: "June 3", "6月3日", "3 июня". */
export function formatDay(day: string, language: CoreLanguage): string {
  const ms = Date.parse(day);
  if (!Number.isFinite(ms)) return '';
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[language], { month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(language, formatter);
  }
  return formatter.format(ms);
}
