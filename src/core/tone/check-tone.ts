import { detectLanguage } from '../language/detect-language.ts';
import type { CaseFile, CoreLanguage, LanguageTag } from '../types.ts';
import { findPrivacyLeaks } from './find-privacy-leaks.ts';
import { EN_RULES } from './rules-en.ts';
import { RU_RULES } from './rules-ru.ts';
import { ZH_RULES } from './rules-zh.ts';
import { sentenceFeatures } from './sentence-features.ts';
import { TONE_REASONS, TONE_SUGGESTIONS } from './tone-advice.ts';
import type { ToneKind } from './tone-kinds.ts';
import toneModelJson from './tone-model.json' with { type: 'json' };
import { judgeSentence, loadToneModel, problemProbability } from './tone-model.ts';
import type { RuleFamily, ToneRule } from './tone-rule.ts';
import { foldText, isSalutation, type Sentence, splitSentences } from './tone-text.ts';

export { TONE_KINDS, type ToneKind } from './tone-kinds.ts';

/** A problem in a draft: its kind, the span [start, end) in UTF-16 code units, why, and a better phrasing. */
export type ToneIssue = { kind: ToneKind; start: number; end: number; message: string; suggestion: string };

export type ToneReport = { language: LanguageTag; issues: ToneIssue[] };

// Each family runs only when the draft contains its script: a Russian draft never pays for the English rules.
const FAMILIES: [RuleFamily, RegExp, ToneRule[]][] = [
  ['en', /[a-z]/i, EN_RULES],
  ['zh', /\p{Script=Han}/u, ZH_RULES],
  ['ru', /[\u0400-\u04ff]/u, RU_RULES],
];

const DETECT_PREFIX = 100;
const TONE_MODEL = loadToneModel(toneModelJson);

/**
 * Checks an agent's draft before it goes out (S10, S16, S20, S8): every problem with its span and a
 * better phrasing. Every rule family whose script the draft contains runs, so a wrongly detected or
 * mixed-language draft is still checked; the language only picks the suggestion's language.
 */
export function checkTone(
  text: string,
  options: { language?: LanguageTag; caseFile?: CaseFile; learned?: boolean } = {},
): ToneReport {
  // The opening of a draft says its language; detecting on all of it would cost more than the checks.
  const language = options.language ?? detectLanguage(text.slice(0, DETECT_PREFIX));
  const folded = foldText(text);
  const sentences = splitSentences(folded);
  const ruleIssues = findRuleIssues(folded, sentences, language);
  const issues = options.learned === false ? ruleIssues : readWithModel(sentences, ruleIssues, language);
  if (options.caseFile) {
    const advice = TONE_SUGGESTIONS[coreLanguageOf(language) ?? 'en'];
    for (const leak of findPrivacyLeaks(text, options.caseFile)) {
      const message = `${TONE_REASONS.privacy_disclosure} (${leak.what})`;
      issues.push({
        kind: 'privacy_disclosure',
        start: leak.start,
        end: leak.end,
        message,
        suggestion: advice.privacy_disclosure,
      });
    }
  }
  return { language, issues: mergeOverlaps(issues) };
}

/**
 * The learned scorer reads every sentence. Where a rule matched, the rule keeps its sharper span and
 * advice unless the scorer reads the sentence as plainly fine (a rule's near miss: "I can't promise
 * Friday"). Where none matched, the scorer catches the many phrasings no rule knows (whole sentence).
 */
function readWithModel(sentences: Sentence[], ruleIssues: ToneIssue[], language: LanguageTag): ToneIssue[] {
  const issues = ruleIssues.filter((i) => !sentences.some((s) => i.start < s.end && s.start < i.end));
  for (const sentence of sentences) {
    const family = familyOf(sentence.text);
    const features = sentenceFeatures(sentence.text);
    const matched = ruleIssues.filter((i) => i.start < sentence.end && sentence.start < i.end);
    if (isSalutation(sentence.text)) {
      issues.push(...matched);
      continue;
    }
    if (matched.length) {
      if (problemProbability(TONE_MODEL, features) >= TONE_MODEL.veto[family]) issues.push(...matched);
      continue;
    }
    const verdict = judgeSentence(TONE_MODEL, family, features);
    if (!verdict) continue;
    const advice = TONE_SUGGESTIONS[suggestionLanguage(family, language)];
    for (const kind of verdict.kinds) {
      issues.push({
        kind,
        start: sentence.start,
        end: sentence.end,
        message: TONE_REASONS[kind],
        suggestion: advice[kind],
      });
    }
  }
  return issues;
}

function familyOf(text: string): RuleFamily {
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/[\u0400-\u04ff]/u.test(text)) return 'ru';
  return 'en';
}

/** Runs every rule family whose script the draft contains; spans are in the folded text, which keeps the original's indices. */
function findRuleIssues(folded: string, sentences: Sentence[], language: LanguageTag): ToneIssue[] {
  const issues: ToneIssue[] = [];
  for (const [family, script, rules] of FAMILIES) {
    if (!script.test(folded)) continue;
    const advice = TONE_SUGGESTIONS[suggestionLanguage(family, language)];
    for (const rule of rules) {
      for (const match of folded.matchAll(rule.pattern)) {
        if (match[0] === '') continue;
        const sentence = sentences.find((s) => match.index < s.end) ?? sentences[sentences.length - 1];
        if (!sentence) continue;
        if (rule.question && !sentence.isQuestion) continue;
        if (rule.also && !rule.also.test(sentence.text)) continue;
        if (rule.unless?.test(sentence.text)) continue;
        const whole = rule.question || rule.also;
        const [start, end] = whole ? [sentence.start, sentence.end] : [match.index, match.index + match[0].length];
        issues.push({ kind: rule.kind, start, end, message: TONE_REASONS[rule.kind], suggestion: advice[rule.kind] });
      }
    }
  }
  return issues;
}

/** Maps any tag onto one of the four core languages, when it is one of them. */
export function coreLanguageOf(tag: LanguageTag): CoreLanguage | undefined {
  if (/^zh-(?:hant|tw|hk|mo)\b/i.test(tag)) return 'zh-Hant';
  if (/^zh\b/i.test(tag)) return 'zh-Hans';
  if (/^en\b/i.test(tag)) return 'en';
  if (/^ru\b/i.test(tag)) return 'ru';
  return undefined;
}

function suggestionLanguage(family: RuleFamily, language: LanguageTag): CoreLanguage {
  const core = coreLanguageOf(language);
  if (family === 'zh') return core === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
  return family;
}

/** One issue per kind per stretch of text: overlapping or touching findings of the same kind are merged. */
function mergeOverlaps(issues: ToneIssue[]): ToneIssue[] {
  const sorted = [...issues].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: ToneIssue[] = [];
  for (const issue of sorted) {
    const same = merged.find((m) => m.kind === issue.kind && issue.start <= m.end && m.start <= issue.end);
    if (same) same.end = Math.max(same.end, issue.end);
    else merged.push({ ...issue });
  }
  return merged;
}
