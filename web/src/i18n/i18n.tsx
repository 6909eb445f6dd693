// The interface language: chosen per user, remembered in localStorage under the user's id, and
// offered as a React context so every screen formats text, money and times the same way.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Catalogue, en, type MessageKey } from './en.ts';
import { ru } from './ru.ts';
import { zhHans } from './zh-hans.ts';
import { zhHant } from './zh-hant.ts';

export const LOCALES = ['en', 'zh-Hans', 'zh-Hant', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ru: 'Русский',
};

const CATALOGUES: Record<Locale, Catalogue> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant, ru };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

type I18n = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** A key built at run time (e.g. `category.${c}`): translated when known, else shown raw. */
  tx: (key: string, fallback?: string) => string;
  money: (minor: number, currency: string) => string;
  dateTime: (iso: string | null | undefined) => string;
};

const I18nContext = createContext<I18n | null>(null);

/** Narrows any string to a supported locale (falls back to English). */
export function toLocale(value: string | null | undefined): Locale {
  return LOCALES.find((l) => l === value) ?? 'en';
}

function isKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function storedLocale(userId: string | undefined): Locale {
  return toLocale(
    localStorage.getItem(`aftersales.locale.${userId ?? 'anonymous'}`) ?? localStorage.getItem('aftersales.locale'),
  );
}

/** Provides the catalogue of the chosen locale to the whole console. */
export function I18nProvider({
  initial,
  onChange,
  children,
}: {
  initial: Locale;
  onChange?: (l: Locale) => void;
  children: ReactNode;
}) {
  const [locale, setLocaleState] = useState<Locale>(initial);
  const setLocale = useCallback(
    (l: Locale) => {
      setLocaleState(l);
      onChange?.(l);
    },
    [onChange],
  );
  const value = useMemo<I18n>(() => {
    const cat = CATALOGUES[locale];
    const t: Translate = (key, vars) => fill(cat[key] ?? en[key], vars);
    const tx = (key: string, fallback?: string) => (isKey(key) ? t(key) : (fallback ?? key));
    const intlLocale = locale === 'zh-Hant' ? 'zh-TW' : locale === 'zh-Hans' ? 'zh-CN' : locale;
    const money = (minor: number, currency: string) =>
      new Intl.NumberFormat(intlLocale, { style: 'currency', currency }).format(minor / 100);
    const dateTime = (iso: string | null | undefined) =>
      iso
        ? new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
            new Date(iso),
          )
        : '—';
    return { locale, setLocale, t, tx, money, dateTime };
  }, [locale, setLocale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale's translate and format functions. */
export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
