import { detectLanguage } from '../core/language/detect-language.ts';
import {
  DEFAULT_TRANSLATION_TIMEOUT_MS,
  describeLanguage,
  sameLanguage,
  type TranslateRequest,
  type TranslateResult,
  type TranslationConfig,
  type Translator,
} from './translator.ts';

type Settings = TranslationConfig & { baseUrl: string; model: string };

/** A client of any OpenAI-compatible POST {baseUrl}/chat/completions endpoint (global fetch, with a timeout). */
export function createOpenAiTranslator(settings: Settings): Translator {
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TRANSLATION_TIMEOUT_MS;
  return {
    name: `openai-compatible:${settings.model}`,
    async translate(request: TranslateRequest): Promise<TranslateResult> {
      const from = request.from ?? detectLanguage(request.text);
      const base = { from, to: request.to, provider: this.name };
      if (!request.text.trim() || sameLanguage(from, request.to)) return { ...base, text: request.text };
      const failed = (reason: string): TranslateResult => ({
        ...base,
        text: request.text,
        needsTranslation: true,
        reason,
      });
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
          },
          body: JSON.stringify(buildBody(settings.model, request.text, from, request.to)),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        return failed(
          timedOut
            ? `translation timed out after ${timeoutMs} ms`
            : `translation request failed: ${describeError(error)}`,
        );
      }
      if (!response.ok)
        return failed(
          `translation provider answered HTTP ${response.status}: ${(await safeText(response)).slice(0, 200)}`,
        );
      const text = readContent(await safeJson(response));
      return text === undefined ? failed('translation provider sent an unexpected response') : { ...base, text };
    },
  };
}

function buildBody(model: string, text: string, from: string, to: string) {
  const source = from === 'und' ? 'the source language' : describeLanguage(from);
  return {
    model,
    temperature: 0,
    messages: [
      {
        role: 'system',
        content:
          `You translate after-sales customer-service messages from ${source} to ${describeLanguage(to)}. ` +
          'Keep the meaning, tone, names, order numbers, tracking numbers and amounts exactly. Reply with the translation only.',
      },
      { role: 'user', content: text },
    ],
  };
}

/** choices[0].message.content, when the answer has that shape. */
function readContent(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('choices' in json) || !Array.isArray(json.choices))
    return undefined;
  const first: unknown = json.choices[0];
  if (typeof first !== 'object' || first === null || !('message' in first)) return undefined;
  const message: unknown = first.message;
  if (typeof message !== 'object' || message === null || !('content' in message)) return undefined;
  return typeof message.content === 'string' && message.content.trim() ? message.content.trim() : undefined;
}

async function safeJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function safeText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
