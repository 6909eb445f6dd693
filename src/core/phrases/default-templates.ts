import { CATEGORIES, type Category, type CoreLanguage, STAGES, type Stage } from '../types.ts';
import type { PhraseTemplate, StageTexts } from './phrase-template.ts';
import { TEMPLATES_EN } from './templates-en.ts';
import { TEMPLATES_RU } from './templates-ru.ts';
import { TEMPLATES_ZH_HANS } from './templates-zh-hans.ts';
import { TEMPLATES_ZH_HANT } from './templates-zh-hant.ts';

const TEXTS: Record<CoreLanguage, StageTexts> = {
  'zh-Hans': TEMPLATES_ZH_HANS,
  'zh-Hant': TEMPLATES_ZH_HANT,
  en: TEMPLATES_EN,
  ru: TEMPLATES_RU,
};

/** The id of a default template: `category.stage.language`, stable so stores can override it by id. */
export function buildTemplateId(category: Category, stage: Stage, language: CoreLanguage): string {
  return `${category}.${stage}.${language}`;
}

/** Every default template, category × stage × language (17 × 6 × 4 = 408). */
export const DEFAULT_TEMPLATES: readonly PhraseTemplate[] = Object.entries(TEXTS).flatMap(([language, texts]) =>
  CATEGORIES.flatMap((category) =>
    STAGES.map((stage) => {
      const lang = toCoreLanguage(language);
      return {
        id: buildTemplateId(category, stage, lang),
        category,
        stage,
        language: lang,
        text: texts[category][stage],
      };
    }),
  ),
);

const BY_ID = new Map(DEFAULT_TEMPLATES.map((t) => [t.id, t]));

/** The default template for a case's category, stage and language (S9, S15); undefined outside the four languages. */
export function findDefaultTemplate(
  category: Category,
  stage: Stage,
  language: CoreLanguage,
): PhraseTemplate | undefined {
  return BY_ID.get(buildTemplateId(category, stage, language));
}

function toCoreLanguage(tag: string): CoreLanguage {
  if (tag === 'zh-Hans' || tag === 'zh-Hant' || tag === 'en' || tag === 'ru') return tag;
  throw new Error(`not a core language: ${tag}`);
}
