import type { LanguageTag } from '../core/types.ts';

/** What to translate; `from` is detected when left out. */
export type TranslateRequest = { text: string; from?: LanguageTag; to: LanguageTag };

/**
 * The answer of a translator. On success `text` is the translation. When no provider is configured or
 * the provider failed, `text` is the original, `needsTranslation` is set and `reason` says why, so the
 * caller can flag the message for a human instead of crashing.
 */
export type TranslateResult = {
  text: string;
  from: LanguageTag;
  to: LanguageTag;
  provider: string;
  needsTranslation?: true;
  reason?: string;
};

/** A pluggable translation provider for inbound messages and outbound drafts (S22). */
export type Translator = { name: string; translate(request: TranslateRequest): Promise<TranslateResult> };

/** An OpenAI-compatible chat-completions endpoint; translation is off unless baseUrl and model are set. */
export type TranslationConfig = {
  baseUrl?: string;
  model?: string;
  apiKey?: string;
  timeoutMs?: number;
};

export const DEFAULT_TRANSLATION_TIMEOUT_MS = 15_000;

/** Reads TRANSLATION_BASE_URL, TRANSLATION_MODEL, TRANSLATION_API_KEY and TRANSLATION_TIMEOUT_MS. */
export function readTranslationConfig(env: Record<string, string | undefined>): TranslationConfig {
  const timeout = Number(env.TRANSLATION_TIMEOUT_MS);
  return {
    baseUrl: env.TRANSLATION_BASE_URL || undefined,
    model: env.TRANSLATION_MODEL || undefined,
    apiKey: env.TRANSLATION_API_KEY || undefined,
    timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : DEFAULT_TRANSLATION_TIMEOUT_MS,
  };
}

/** English names for the prompt; a model follows "Traditional Chinese" better than "zh-Hant". */
export function describeLanguage(tag: LanguageTag): string {
  if (/^zh-(?:hant|tw|hk|mo)\b/i.test(tag)) return 'Traditional Chinese';
  if (/^zh\b/i.test(tag)) return 'Simplified Chinese';
  const names: Record<string, string> = {
    en: 'English',
    ru: 'Russian',
    uk: 'Ukrainian',
    de: 'German',
    fr: 'French',
    es: 'Spanish',
    ja: 'Japanese',
    ko: 'Korean',
  };
  return names[tag.split('-')[0]?.toLowerCase() ?? ''] ?? tag;
}

/** Same language, ignoring region and case (en-GB = en); zh-Hans and zh-Hant stay different. */
export function sameLanguage(a: string, b: string): boolean {
  const norm = (tag: string) => {
    const lower = tag.toLowerCase();
    if (/^zh-(?:hant|tw|hk|mo)\b/.test(lower)) return 'zh-hant';
    if (lower.startsWith('zh')) return 'zh-hans';
    return lower.split('-')[0] ?? lower;
  };
  return norm(a) === norm(b);
}
