import { classifyText } from '../classify/classify-text.ts';
import { detectLanguage } from '../language/detect-language.ts';
import type { Assessment, CaseFile } from '../types.ts';

/** PLACEHOLDER (to be replaced by the engine work): a case file in, an assessment out. */
export function assessCase(file: CaseFile): Assessment {
  const text = file.messages.map((m) => m.text).join('\n');
  const language = detectLanguage(text);
  const { category } = classifyText(text, language);
  return {
    language,
    category,
    disputeKind: 'none',
    fault: 'unknown',
    evidence: {},
    recommendation: {
      primary: 'reply_only',
      actions: ['reply_only'],
      alternatives: [],
      rationale: [],
      estimatedCost: 0,
      needsApproval: false,
    },
    prevention: [],
    stage: 'soothe',
    reply: { language, text: '' },
    warnings: [],
  };
}
