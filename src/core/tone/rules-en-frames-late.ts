import { rule, type ToneRule } from './tone-rule.ts';

// English sentence frames, rounds 5–10 (same conventions as rules-en-frames.ts, split only for length).
const WARM = "\\b(?:sorry|apologi[sz]e|we'll|we will|i'll|i will|happy to|glad to|let me|we can|i can)\\b";

// Fifth round: "you do realise…, right?", "great job" over a mishap, "I'm sure X had nothing to do with",
// "this is where it ends", "not a thing", "simply isn't possible" about a missing or damaged item.
const ROUND_5: ToneRule[] = [
  rule('rhetorical_question', '\\byou do (?:realise|realize|know|understand|remember|see)\\b|,\\s*right\\s*\\?', {
    question: true,
    also: '\\byou\\b',
    unless: "\\b(?:i'll|we'll|let me|could|would|shall)\\b",
  }),
  rule('sarcasm', '\\b(?:great|nice|good|fantastic|brilliant|excellent) (?:job|work|move|idea|thinking)\\b', {
    also: '\\b(?:leaving|left|breaking|broke|dropping|dropped|ignoring|forgetting|forgot|in the sun|wrong|again)\\b',
    unless: '\\b(?:thank\\w*|sorry|we|our team)\\b',
  }),
  rule(
    'sarcasm',
    "\\bi'm sure (?:the|your) \\w+ (?:had nothing to do with|didn't|never)\\b|\\bi'm sure it (?:just )?(?:fell|broke|opened|vanished) (?:by itself|on its own)\\b",
  ),
  rule(
    'dismissive',
    "\\b(?:this|that|here) is where (?:it|this|that|the matter|our help) (?:ends|stops)\\b|\\b(?:gone|went) above and beyond\\b|\\b(?:aren't|isn't|is not|are not) a thing\\b|\\bno such thing as\\b",
  ),
  rule('rebuttal', "\\b(?:simply |just )?(?:isn't|is not|wasn't|was not) possible\\b|\\bimpossible\\b", {
    also: '\\b(?:missing|damaged?|broke|broken|wrong|lost|empty|short|part|happen\\w*|spoil\\w*)\\b',
    unless: "\\b(?:but|sorry|however|instead|unfortunately|afraid|we'll|i'll)\\b",
  }),
];

// Sixth round: ironic praise in general — a praise word and a mishap in one sentence with no warmth.
const ROUND_6: ToneRule[] = [
  rule(
    'sarcasm',
    '\\b(?:great|wonderful|brilliant|lovely|amazing|impressive|perfect|fantastic|congratulations|well done|bravo|lucky|genius|marvellous|splendid)\\b',
    {
      also: '\\b(?:broke|broken|break|lost|damaged|complain\\w*|missing|fault|blame\\w*|ruined|spoil\\w*|crack\\w*|forgot|ignored|dropped|again|another)\\b',
      unless: `${WARM}|\\b(?:news|thank\\w*|we've|i've|we have|i have|replacement|refund\\w*|new one|fixed|found|glad|hope)\\b`,
    },
  ),
];

// Seventh round: "but it was signed for by you", "we never send…, full stop", "for a reason", "no point
// writing again", "stepping back", "explain how it opened by itself", "haven't you ever", "nobody else
// has ever struggled".
const ROUND_7: ToneRule[] = [
  rule(
    'rebuttal',
    "\\bbut\\b[^.!?\\n]{0,40}\\b(?:signed for|received|collected|accepted)\\b[^.!?\\n]{0,10}\\b(?:by you|yourself)\\b|\\bfull stop\\b|\\band that's that\\b",
  ),
  rule(
    'rebuttal',
    "\\b(?:we|our (?:\\w+ )?(?:team|staff|warehouse|packers?))\\b (?:never|don't ever|do not ever) (?:send|ship|pack|dispatch|make|let)\\w*\\b",
    { unless: "\\b(?:sorry|slipped|this time|clearly|shouldn't|apologi[sz]e)\\b" },
  ),
  rule('blaming_customer', '\\bfor a reason\\b', {
    also: '\\b(?:instructions?|labels?|guides?|warnings?|manual|description|page|notes?|rules|policy)\\b',
  }),
  rule(
    'dismissive',
    '\\bno point (?:in )?(?:writing|contacting|emailing|messaging|calling|asking|chasing)\\b|\\b(?:stepping|step|stepped) (?:back|away)\\b|\\bwash(?:ing)? our hands\\b',
    { unless: "\\b(?:i'll|we'll|i will|we will|update you)\\b" },
  ),
  rule(
    'doubting_customer',
    '\\b(?:explain|tell (?:me|us)) how\\b[^.!?\\n]{0,50}\\b(?:by itself|on its own|themselves|magically)\\b',
  ),
  rule('rhetorical_question', "\\bhaven't you ever\\b|\\bhave you never\\b", { question: true }),
  rule(
    'others_never_complained',
    '\\b(?:nobody|no one|no other (?:customer|buyer)s?) (?:else )?(?:has |have )?(?:ever )?(?:struggled|had (?:trouble|difficulty|problems?)|found it (?:hard|difficult))\\b',
  ),
];

// Eighth round: "grew legs", "that's the end of it", "if you'd bothered", "you'd have seen", and "normal
// use, not a defect".
const ROUND_8: ToneRule[] = [
  rule('sarcasm', '\\b(?:grew|sprouted|grown) (?:legs|wings)\\b|\\bwalked off (?:by itself|on its own)\\b'),
  rule(
    'dismissive',
    "\\b(?:that's|that is|this is)(?: really)? the end of (?:it|the matter|this)\\b|\\bfrom our side,? (?:that's|we're|this is) (?:it|done|all)\\b",
  ),
  rule(
    'blaming_customer',
    "\\b(?:if you(?:'d| had)|had you) (?:\\w+ )?bothered\\b|\\byou'd have (?:seen|known|noticed|found|read)\\b",
    {
      unless: "\\b(?:sorry|we'll|i'll|if you'd like)\\b",
    },
  ),
  rule(
    'rebuttal',
    '\\bnot a (?:defect|fault|manufacturing (?:defect|fault))\\b|\\b(?:normal|everyday|regular) (?:use|wear)\\b|\\bwear and tear\\b',
    { unless: "\\b(?:sorry|covered|we'll|i'll|replace\\w*|even (?:if|though)|despite|anyway|still)\\b" },
  ),
];

// Ninth round: "doesn't just lose…", "what did you expect", "yours is the only one", "in bold",
// "a creative reading", "agree to disagree".
const ROUND_9: ToneRule[] = [
  rule(
    'doubting_customer',
    "\\b(?:doesn't|don't|does not|do not|won't) just (?:lose|disappear|vanish|break|open|empty|go missing|fall apart|crack)\\b",
    { unless: "\\b(?:i've|we've|so i|so we|sorry for)\\b" },
  ),
  rule('rhetorical_question', '\\bwhat (?:exactly |else |more )?(?:did|do) you expect\\b', { question: true }),
  rule(
    'others_never_complained',
    '\\byours (?:is|was) the only\\b|\\bthe only one (?:with|to have) (?:a |any |this )?(?:problem|issue|complaint)\\b',
  ),
  rule('blaming_customer', '\\bin (?:bold|capitals|capital letters|big letters|red)\\b', {
    also: '\\b(?:says|said|written|stated|listing|label|description|page)\\b',
    unless: "\\b(?:should have|we've|fixed|sorry|more clearly)\\b",
  }),
  rule(
    'sarcasm',
    '\\b(?:creative|interesting|novel|imaginative|generous|unique) (?:reading|interpretation|take on)\\b',
  ),
  rule('dismissive', "\\bagree to disagree\\b|\\blet's (?:just )?move on\\b(?! to)"),
];

// Tenth round: "I've explained it twice, read it again" and "anyone who reads the guide gets it right".
const ROUND_10: ToneRule[] = [
  rule(
    'dismissive',
    '\\b(?:explained|told you|said|answered) (?:this |it |that |the \\w+ )?(?:twice|three times|several times|more than once|repeatedly)\\b|^\\s*(?:please )?read (?:it|them|this|that|the \\w+) again\\b',
    { unless: "\\b(?:sorry|let me|i'll|could|wasn't clear|not clear|i should)\\b" },
  ),
  rule(
    'blaming_customer',
    '\\b(?:anyone|anybody|everyone|everybody|people|customers) who (?:\\w+ )?(?:reads?|checks?|measures?|follows?|looks? at)\\b',
  ),
];

/** Rounds 5–10 of the English sentence frames. */
export const EN_LATE_FRAME_RULES: ToneRule[] = [
  ...ROUND_5,
  ...ROUND_6,
  ...ROUND_7,
  ...ROUND_8,
  ...ROUND_9,
  ...ROUND_10,
];
