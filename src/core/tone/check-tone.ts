import type { CaseFile, LanguageTag } from '../types.ts';

export const TONE_KINDS = [
  'rebuttal',
  'doubting_customer',
  'rhetorical_question',
  'sarcasm',
  'blaming_customer',
  'dismissive',
  'others_never_complained',
  'over_promise',
  'privacy_disclosure',
] as const;
export type ToneKind = (typeof TONE_KINDS)[number];

/** A problem in a draft: its kind, the span [start, end) in UTF-16 code units, why, and a better phrasing. */
export type ToneIssue = { kind: ToneKind; start: number; end: number; message: string; suggestion: string };

export type ToneReport = { language: LanguageTag; issues: ToneIssue[] };

/** PLACEHOLDER (to be replaced by the tone-guard work). */
export function checkTone(_text: string, options: { language?: LanguageTag; caseFile?: CaseFile } = {}): ToneReport {
  return { language: options.language ?? 'und', issues: [] };
}
