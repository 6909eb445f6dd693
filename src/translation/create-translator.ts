import { detectLanguage } from '../core/language/detect-language.ts';
import { createOpenAiTranslator } from './openai-translator.ts';
import {
  sameLanguage,
  type TranslateRequest,
  type TranslateResult,
  type TranslationConfig,
  type Translator,
} from './translator.ts';

/** Used when no provider is configured: never throws, answers "translation needed" with the original text. */
export const NO_TRANSLATOR: Translator = {
  name: 'none',
  async translate(request: TranslateRequest): Promise<TranslateResult> {
    const from = request.from ?? detectLanguage(request.text);
    if (sameLanguage(from, request.to)) return { text: request.text, from, to: request.to, provider: 'none' };
    return {
      text: request.text,
      from,
      to: request.to,
      provider: 'none',
      needsTranslation: true,
      reason: 'no translation provider is configured (set TRANSLATION_BASE_URL and TRANSLATION_MODEL)',
    };
  },
};

/** The configured translator, or NO_TRANSLATOR when translation is off (the default). */
export function createTranslator(config: TranslationConfig = {}): Translator {
  if (!config.baseUrl || !config.model) return NO_TRANSLATOR;
  return createOpenAiTranslator({ ...config, baseUrl: config.baseUrl, model: config.model });
}
