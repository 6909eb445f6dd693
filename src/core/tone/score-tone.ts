import type { CaseFile, LanguageTag } from '../types.ts';
import { checkTone, TONE_KINDS, type ToneKind } from './check-tone.ts';

/** One labelled draft of the tone corpus; `case` names a case file for privacy checks. */
export type LabelledDraft = { text: string; language: LanguageTag; issues: ToneKind[]; case?: string };

export type KindScore = {
  kind: ToneKind;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
};

/**
 * Per language: bad drafts caught with a right kind (recall), bad drafts flagged with any kind, good
 * drafts passing clean.
 */
export type LanguageScore = {
  language: LanguageTag;
  bad: number;
  caught: number;
  recall: number;
  flagged: number;
  good: number;
  clean: number;
  cleanRate: number;
};

export type ToneScore = {
  languages: LanguageScore[];
  kinds: KindScore[];
  misses: { draft: LabelledDraft; found: ToneKind[] }[];
};

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** Scores the guard on labelled drafts: the figures `npm run eval:tone` prints. */
export function scoreTone(drafts: LabelledDraft[], cases: Record<string, CaseFile>, languageGiven = false): ToneScore {
  const byLanguage = new Map<LanguageTag, LanguageScore>();
  const counts = new Map<ToneKind, { tp: number; fp: number; fn: number }>(
    TONE_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]),
  );
  const misses: ToneScore['misses'] = [];
  for (const draft of drafts) {
    const caseFile = draft.case ? cases[draft.case] : undefined;
    const report = checkTone(draft.text, { language: languageGiven ? draft.language : undefined, caseFile });
    const found = [...new Set(report.issues.map((i) => i.kind))];
    const score = byLanguage.get(draft.language) ?? {
      language: draft.language,
      bad: 0,
      caught: 0,
      recall: 0,
      flagged: 0,
      good: 0,
      clean: 0,
      cleanRate: 0,
    };
    byLanguage.set(draft.language, score);
    const isBad = draft.issues.length > 0;
    const isRight = isBad ? draft.issues.some((k) => found.includes(k)) : found.length === 0;
    if (isBad) score.bad++;
    else score.good++;
    if (isRight && isBad) score.caught++;
    if (isBad && found.length > 0) score.flagged++;
    if (isRight && !isBad) score.clean++;
    const exact = found.length === draft.issues.length && found.every((k) => draft.issues.includes(k));
    if (!exact) misses.push({ draft, found });
    for (const [kind, c] of counts) {
      const labelled = draft.issues.includes(kind);
      const predicted = found.includes(kind);
      if (labelled && predicted) c.tp++;
      else if (predicted) c.fp++;
      else if (labelled) c.fn++;
    }
  }
  const languages = [...byLanguage.values()].map((s) => ({
    ...s,
    recall: ratio(s.caught, s.bad),
    cleanRate: ratio(s.clean, s.good),
  }));
  const kinds = [...counts].map(([kind, c]) => ({
    kind,
    truePositives: c.tp,
    falsePositives: c.fp,
    falseNegatives: c.fn,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
  }));
  return { languages, kinds, misses };
}
