import { checkTone, type ToneIssue } from '../tone/check-tone.ts';
import type { LanguageTag } from '../types.ts';

/**
 * The tone problems of a template (S10, S16, S20): a template with any cannot be saved. Checked as
 * written, placeholders and all, so no fact can make a bad template look good.
 */
export function validateTemplate(template: { text: string; language?: LanguageTag }): ToneIssue[] {
  return checkTone(template.text, template.language ? { language: template.language } : {}).issues;
}
