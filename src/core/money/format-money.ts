import type { LanguageTag } from '../types.ts';

const LOCALES: Record<string, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en-US', ru: 'ru-RU' };
const formatters = new Map<string, Intl.NumberFormat | null>();

function formatterFor(currency: string, language: LanguageTag): Intl.NumberFormat | null {
  const key = `${currency}|${language}`;
  if (!formatters.has(key)) {
    let made: Intl.NumberFormat | null = null;
    try {
      made = new Intl.NumberFormat(LOCALES[language] ?? 'en-US', { style: 'currency', currency });
    } catch {
      made = null; // not an ISO 4217 code: fall back to a plain number
    }
    formatters.set(key, made);
  }
  return formatters.get(key) ?? null;
}

const digits = new Map<string, number>();

/** Digits after the point for a currency (JPY 0, USD 2); 2 when the code is unknown. */
export function currencyDigits(currency: string): number {
  let known = digits.get(currency);
  if (known === undefined) {
    known = formatterFor(currency, 'en')?.resolvedOptions().maximumFractionDigits ?? 2;
    digits.set(currency, known);
  }
  return known;
}

/** An amount in minor units as a person reads it in the reply's language, e.g. $30.00, 30,00 ₽, ¥59.00. */
export function formatMoney(minor: number, currency: string, language: LanguageTag): string {
  const value = minor / 10 ** currencyDigits(currency);
  const formatter = formatterFor(currency, language);
  return formatter ? formatter.format(value) : `${value.toFixed(2)} ${currency.replace(/[<>]/g, '')}`;
}
