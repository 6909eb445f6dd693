import { rule, type ToneRule } from './tone-rule.ts';

// Chinese sentence frames (same conventions as rules-zh.ts; Traditional is folded to Simplified first):
// second person + counterfactual (blame) and refusing to answer again (dismissive).
const S = '[^。！？!?；;\\n]';
const YOU = '(?:你|您|亲|你们|您们)';

export const ZH_FRAME_RULES: ToneRule[] = [
  rule(
    'blaming_customer',
    `${YOU}(?:当时|当初|之前|早)?(?:要是|如果|假如|但凡)${S}{0,14}(?:就不会|也不会|就没|就不|也不至于|就能避免)`,
    { unless: '抱歉|对不起|不好意思' },
  ),
  rule(
    'dismissive',
    `(?:不会|不再|不)再?(?:回复|答复|解释|讨论|理会|回应)(?:这个|此|这类|您的)?|(?:已经|早就)(?:说|讲|解释|回复)得(?:很|非常)?清楚了`,
    { unless: '如果|帮您|为您|我们会|让这种' },
  ),
];
