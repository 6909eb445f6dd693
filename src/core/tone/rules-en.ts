import { EN_FRAME_RULES } from './rules-en-frames.ts';
import { EN_INDIRECT_RULES } from './rules-en-indirect.ts';
import { rule, type ToneRule } from './tone-rule.ts';

// English: word families and sentence shapes, not fixed sentences. `[^.!?\n]{0,N}` keeps a pattern
// inside one sentence. Apostrophes are folded to ' before matching.
const S = '[^.!?\\n]';
const PART =
  '(?:checked|read|told|ordered|stored|entered|typed|chosen|written|known|put|left|taken|given|seen|kept|picked|thought|asked|looked|contacted|called|measured|refrigerated|opened|followed|paid|used|noticed|selected|added|provided|double-checked|filled|signed|waited|been more careful|been careful)';

export const EN_RULES: ToneRule[] = [
  // rebuttal: denying the customer's account of what happened
  rule(
    'rebuttal',
    "\\b(?:that|this|it)(?:'s| is| was)? (?:simply |just |totally |completely )?(?:impossible|not possible)\\b(?! to\\b| for us to\\b)",
  ),
  rule(
    'rebuttal',
    "\\b(?:that|this|it) (?:can(?:not|'t)|could(?:n't| not)) (?:be (?:true|right|correct|the case)|(?:have )?happen(?:ed)?)\\b",
  ),
  rule(
    'rebuttal',
    "(?<!\\b(?:if|whether|when|in case|unless) )\\b(?:that|this|it)(?:'s| is|'s simply| is simply| simply| just)? (?:simply |just |really )?(?:not true|isn't true|untrue|false|incorrect|not what happened|not correct|isn't correct|isn't right|not right)\\b",
  ),
  rule(
    'rebuttal',
    "\\byou(?:'re| are) (?:wrong|mistaken|incorrect)\\b|\\bno way (?:this|that|it)\\b|\\bthere(?:'s| is) no way\\b",
  ),
  rule(
    'rebuttal',
    `\\bwe (?:always|never|definitely|certainly|clearly|do) (?:pack|ship|send|check|include|put|wrap|seal|weigh|make mistakes|sent|shipped|packed|checked|included|put)\\b${S}{0,60}\\b(?:so|therefore|cannot|can't|couldn't|won't|wouldn't|impossible|not possible)\\b`,
  ),
  rule(
    'rebuttal',
    `\\bwe (?:never|don't|do not) (?:make mistakes|send (?:out )?(?:wrong|damaged|broken|spoiled)|ship (?:wrong|damaged|broken|spoiled))`,
  ),
  rule(
    'rebuttal',
    `\\b(?:it|this|that|the (?:item|product|parcel|package|box|food|order)) (?:could(?:n't| not)|can(?:'t|not)|would(?:n't| not)|did(?:n't| not)) (?:have )?(?:possibly )?(?:spoil(?:ed)?|go(?:ne)? bad|break|broken|be damaged|been damaged|get lost|gotten lost|melt(?:ed)?|arrive(?:d)? damaged)\\b`,
  ),
  rule(
    'rebuttal',
    `(?<!\\b(?:if|whether|when|unless) )\\bthere(?:'s| is| was) (?:absolutely )?nothing wrong with\\b|\\b(?:the|your|this) (?:item|product|parcel|package|order) (?:is|was) (?:perfectly )?(?:fine|flawless|in perfect condition) when\\b|\\bi (?:can )?assure you (?:that )?(?:we|it|the|nothing|everything|there)\\b${S}{0,50}\\b(?:sent|packed|shipped|checked|included|fine|nothing|correct|intact)\\b`,
  ),
  rule(
    'rebuttal',
    "\\b(?:could(?:n't| not)|can(?:'t|not)) (?:possibly )?have (?:been )?(?:broken|spoiled|spoilt|gone (?:bad|off|missing)|damaged|lost|melted|leaked|cracked|arrived (?:damaged|broken|empty|late)|been opened)\\b|\\bit(?:'s| is) not possible (?:that|for (?:it|the|this))\\b",
  ),
  rule(
    'rebuttal',
    "\\b(?:that's|that is|this is|it's|it is) (?:\\w+ )?not (?:how|what) (?:our \\w+|it|this|things|we|the \\w+) (?:works?|happened|do|did|ships?|packs?)\\b|\\b(?:did(?:n't| not)|could(?:n't| not)|can(?:'t|not)) (?:have )?happen(?:ed)? (?:on our (?:side|end)|with us|in our warehouse|at our end)\\b|\\b(?:the )?(?:damage|problem|issue|fault|mistake) (?:is|was)(?:n't| not) (?:on our (?:side|end)|from us|ours|caused by us|our fault)\\b",
  ),
  rule(
    'rebuttal',
    "\\b(?:it|the (?:parcel|package|item|order|box))(?:'s| is)? must (?:be|have been) (?:somewhere|there|at your|in your|with (?:a|your) neighbou?r|around)\\b|\\bwe (?:shipped|sent|packed|delivered|gave you) (?:exactly|precisely) (?:what|the (?:item|size|colou?r|one))\\b",
  ),
  // doubting the customer
  rule(
    'doubting_customer',
    '\\bare you (?:really |absolutely |completely |quite |even |totally |100 ?% )?(?:sure|certain|positive)\\b',
  ),
  rule(
    'doubting_customer',
    "\\b(?:did|have|do) you (?:really|actually|honestly|truly) (?:not )?(?:receiv|get|got|check|look|order|tri|try|open|see|seen|follow|stor|read|search|measur)\\w*|\\byou (?:really|actually|honestly) (?:didn't|did not|haven't|have not) (?:receive|get)\\b",
  ),
  rule(
    'doubting_customer',
    "\\b(?:i|we) (?:find (?:it|that|this) (?:hard|difficult) to believe|(?:really |honestly |seriously |somewhat )?doubt|(?:can't|cannot|don't|do not) (?:quite )?believe (?:that|you|this|it)|(?:are|am) not convinced|have (?:our|my) doubts)\\b|\\b(?:hard|difficult) to believe\\b",
  ),
  rule(
    'doubting_customer',
    '\\byou(?: have| had)? claim(?:ed|s)?\\b|\\b(?:alleged(?:ly)?|supposedly|so-called)\\b|\\bif (?:what you say|your story|that|this) (?:is|was) (?:really |actually |even )?true\\b|\\bare you telling (?:me|us)\\b|\\b(?:can|could) you prove\\b|\\bprove (?:it|that|this)\\b',
  ),
  rule(
    'doubting_customer',
    "\\b(?:maybe|perhaps|probably) you (?:just |simply )?(?:didn't|did not|haven't|forgot|missed|overlooked|misread|are mistaken|made a mistake|imagined)\\b",
  ),
  rule(
    'doubting_customer',
    '\\b(?:is|was) (?:this|that|it) really\\b(?! (?:that|so|too) )|\\b(?:are|were) (?:these|they|those) really\\b',
    { question: true },
  ),
  rule(
    'doubting_customer',
    '\\bhow (?:exactly |on earth |in the world )?did you (?:even )?(?:manage|get) to\\b|\\bhow on earth did you\\b',
  ),
  // rhetorical questions thrown back at the customer
  rule(
    'rhetorical_question',
    "\\b(?:did|have|do) you (?:even|ever) (?:read|look|check|see|bother|try|open|think|notice)\\b|\\b(?:didn't you|did you not) (?:even )?(?:think to |bother to )?(?:read|see|check|look|notice|get|understand)\\b|\\bhaven't you (?:read|seen|checked|looked|noticed)\\b",
    { question: true },
  ),
  rule(
    'rhetorical_question',
    "\\b(?:can't|cannot|couldn't) you (?:just |simply )?(?:read|see|check|look|understand|follow|wait|figure)\\b|\\bdon't you (?:know|understand|see|realise|realize|read|think)\\b|\\bdo you not (?:know|understand|see|read)\\b",
    { question: true },
  ),
  rule(
    'rhetorical_question',
    "\\bwhy (?:didn't|did|don't|wouldn't|would|haven't|won't|can't|couldn't) you(?: not)? (?!like\\b|prefer\\b)",
    { question: true, unless: "\\b(?:i'll|we'll|i will|we will|let me|let us)\\b|\\bwhy don't you (?:keep|let)\\b" },
  ),
  rule(
    'rhetorical_question',
    "\\bhow (?:many times|hard (?:is|was|can) it|difficult (?:is|was) it|could you (?:not|possibly)|come you (?:didn't|did not|never))\\b|\\bwhat (?:did|do|else did|else do|were) you expect\\b|\\bis (?:it|that) (?:so|really so|that|really that|too) (?:hard|difficult|much to ask)\\b|\\bwho (?:told|said) you\\b|\\bwhose fault\\b",
    { question: true },
  ),
  rule('rhetorical_question', '\\b(?:seriously|really)\\s*\\?'),
  // sarcasm
  rule(
    'sarcasm',
    '\\b(?:oh|ah|well),? (?:great|wonderful|perfect|brilliant|lovely|sure|really|wow|how nice|how lovely|of course|what a surprise)\\b|\\byeah,? right\\b|\\bwhat a (?:surprise|shock|shocker|coincidence)\\b|\\bhow (?:convenient|shocking|surprising)\\b|\\bmust be nice\\b|\\bno kidding\\b|\\bnews ?flash\\b|\\bbelieve it or not\\b',
  ),
  rule(
    'sarcasm',
    "\\b(?:congratulations|congrats|bravo|good luck with that|good luck (?:finding|getting|trying|convincing|proving)|nice try|well done|genius)\\b(?! on (?:your|the) (?:new|wedding|birthday))|\\bsure,? because\\b|\\bi'm sure you (?:did|were|are|have|had)\\b|\\b(?:magically|mysteriously|miraculously|somehow) (?:disappeared|vanished|broke|spoiled|went missing|arrived|got lost|damaged)\\b|\\b(?:lol|lmao|rofl)\\b|[🙄😂🤣😏]",
  ),
  rule(
    'sarcasm',
    '["“‘\'](?:damaged|broken|missing|lost|spoiled|faulty|defective|never arrived|wrong|not received|problem|issue|feedback|review|complaint|concern|suggestion|emergency)["”’\'](?!\\w)',
  ),
  rule(
    'sarcasm',
    '\\b(?:what|more) (?:did |do |else did |else do )?you (?:expect|want)(?:ed)? (?:for|at) (?:that|this|such a|the|a) (?:price|money|amount)\\b|\\bfor (?:that|this|such a) (?:price|money), what\\b',
  ),
  // blaming the customer
  rule(
    'blaming_customer',
    `\\byou (?:\\w+ly )?(?:should|could|ought to)(?:'ve| have) (?:\\w+ly )?${PART}\\b|\\bif (?:only )?you(?:'d| had) (?:\\w+ly )?${PART}\\b`,
  ),
  rule(
    'blaming_customer',
    "(?<!\\b(?:not|never|isn't|wasn't|no)\\s(?:\\w+\\s)?)\\byour (?:own )?(?:fault|mistake|responsibility|carelessness|negligence)\\b|\\b(?:it's|that's|this is|that is) (?:all )?on you\\b(?! (?:order|details|account))|\\bcustomer (?:error|mistake|negligence)\\b|\\buser error\\b",
  ),
  rule(
    'blaming_customer',
    "\\byou (?:failed|forgot|neglected|didn't bother|did not bother|chose not) to\\b|\\byou(?: must| clearly| obviously| probably)? (?:entered|typed|gave|wrote|provided|chose|selected|picked|ordered|put) (?:in )?(?:the |a |an |your )?(?:wrong|incorrect|invalid|bad)\\b",
    {
      unless:
        "\\bif you (?:\\w+ )?(?:forgot|failed|didn't|entered|chose|typed|gave)\\b|\\bno (?:problem|worries)\\b|\\bhappens\\b",
    },
  ),
  rule(
    'blaming_customer',
    "\\b(?:because|since|as) you (?:didn't|did not|never|failed|forgot|entered|typed|chose|gave|ordered|left|stored|ignored|missed|weren't|were not)\\b|\\byou (?:must|clearly|obviously) (?:have )?(?:dropped|damaged|broken|left|stored|misused|mishandled|mixed|misread|forgotten)\\b|\\b(?:caused|damaged|broken|ruined) by (?:you|your (?:own )?(?:handling|storage|misuse|mistake))\\b",
  ),
  rule(
    'blaming_customer',
    "\\byou (?:didn't|did not|never) (?:read|follow|check|store|refrigerate|freeze|put|enter|provide|pick up|collect|measure|read|answer|open|tell)\\b",
    { unless: "\\b(?:if|in case|whether|sorry|apologi[sz]e|no worries|don't worry)\\b" },
  ),
  // dismissive
  rule(
    'dismissive',
    "\\bnot (?:our|my) (?:problem|fault|concern|issue|responsibility|job|department|business)\\b|\\b(?:we're|we are|i'm|i am) not responsible\\b|\\bnot (?:responsible|liable) for (?:that|this|it|what|the courier|the carrier|anything)\\b",
  ),
  rule(
    'dismissive',
    "\\b(?:there(?:'s| is) )?nothing (?:more |else |further )?(?:we|i) can (?:do|help)\\b|\\b(?:we|i) can(?:'t|not) (?:help you|do anything|do nothing)\\b|\\bout of our hands\\b|\\bnothing to do with us\\b|\\bnot up to us\\b|\\bnot ours\\b",
    { unless: "\\b(?:but|however|instead|although|what we can|what i can|here's what|here is what)\\b" },
  ),
  rule(
    'dismissive',
    "\\b(?:contact|call|ask|take it up with|complain to|talk to|deal with|go to) (?:the |your )?(?:courier|carrier|post office|postal service|bank|delivery company|shipping company|manufacturer|marketplace)(?: company)? (?:yourself|directly yourself|instead|not us)\\b|(?<!\\b(?:i'll|i will|we'll|we will|let me|i can|we can|i'd|we'd|i've|we've|i have|we have|i'm going to|we're going to) )\\b(?:take|sort) (?:it|that|this) (?:up |out )?with (?:the |your )?(?:courier|carrier|bank|post office)\\b|\\b(?:it's |that's |this is )?(?:the |your )?(?:courier|carrier|post office|bank|manufacturer)'s (?:problem|responsibility|fault|job|issue)\\b|\\btake it up with (?:them|the \\w+)\\b",
  ),
  rule(
    'dismissive',
    "\\bas (?:i|we|already) (?:already |have |previously |clearly )*(?:said|told you|explained|mentioned|stated|wrote|pointed out)\\b|\\bas (?:previously |already )?(?:stated|explained) (?:in|before|earlier|previously|above)\\b|\\bi(?:'ve| have) already (?:answered|explained|told you|replied)\\b|\\b(?:rules are rules|policy is policy|deal with it|take it or leave it|that's just how it is|that's the way it is|it is what it is)\\b|\\bwhatever(?=\\s*[.!]|$)|\\bstop (?:writing|emailing|messaging|contacting|calling)\\b|\\byou(?:'ll| will)? (?:just )?(?:have to|need to) (?:wait|live with|accept|deal with)\\b(?! (?:a|one) (?:little|bit|moment))",
  ),
  // "others never complained"
  rule(
    'others_never_complained',
    "\\byou(?:'re| are) the (?:first|only|1st) (?:one|person|customer|buyer|client|to)\\b(?! (?:i|we)(?:'m| am|'re| are|'ve| have|'ll| will) (?:calling|contacting|ringing|writing|speaking|helping|serving|sending|calling back)\\b)|\\b(?:no one|nobody|no other (?:customer|buyer|client|person)s?) (?:else )?(?:has |have |had |ever |else )*(?:complained|reported|mentioned|said|had (?:this|a|any|that|such)|returned|raised|found)\\b",
  ),
  rule(
    'others_never_complained',
    `\\b(?:other|all (?:the )?other|our other|the other|all our|all of our|most|most of our|many|many other|thousands of|hundreds of|dozens of|every other) (?:customers|buyers|clients|people|shoppers|orders)${S}{0,50}\\b(?:happy|fine|satisfied|no (?:problem|issue|complaint)s?|without (?:a |any )?(?:problem|issue|complaint)s?|never (?:complain|had|report)|don't complain|didn't complain|haven't complained|love it|no trouble)`,
  ),
  rule(
    'others_never_complained',
    "\\b(?:never|not once) (?:had|received|got|seen|heard) (?:a |any |one |such a |this )?(?:complaint|problem|issue|report)s?\\b|\\b(?:everyone|everybody) else\\b|\\bfirst (?:time|complaint) (?:we've|we have|i've|i have|anyone has) (?:ever )?(?:heard|had|received|seen)\\b",
  ),
  rule(
    'others_never_complained',
    '\\b(?:no one|nobody|no other (?:customer|buyer|client|person)s?)(?: else)?(?: (?:seems|appears) to| has| have| had| ever)* (?:complain\\w*|report\\w*|return\\w*|(?:have|has|had|having) (?:a |any |this |that |the same |such (?:a )?)?(?:problem|issue|complaint|trouble|difficult))',
  ),
  // over-promising a date or a certainty
  rule(
    'over_promise',
    `\\b(?:i|we) (?:can |will |do )?(?:guarantee|promise)\\b${S}{0,60}\\b(?:arrive|arrival|deliver(?:ed|y)?|be there|reach you|get to you|(?:have|get|receive) (?:it|them|your (?:order|parcel|package|item|replacement)))\\b|\\bguaranteed (?:to (?:arrive|be there|be delivered|reach|get there|get to you)|delivery|arrival|by|tomorrow|today|next)\\b|\\b(?:arrive|delivery|delivered|get there|reach you)${S}{0,20}\\bguaranteed\\b`,
  ),
  rule(
    'over_promise',
    `(?<!\\b(?:are you|you're|you are|were you) )\\b100 ?(?:%|percent\\b|per ?cent\\b) ?(?:sure|certain|guaranteed?|definitely|(?:will )?(?:arrive|be delivered|be there|reach))|\\b(?:arrive|deliver(?:ed|y)?|there|tomorrow|today)${S}{0,25}\\b100 ?(?:%|percent\\b|per ?cent\\b)|\\bi (?:can |do )?guarantee (?:it|that|you that)\\s*[.!]|\\bwithout (?:a )?fail\\b|\\b(?:absolutely|definitely|certainly|surely) (?:will )?(?:arrive|be delivered|reach you|be there|get to you)\\b|\\b(?:it|your (?:order|parcel|package|item|replacement|delivery)|the (?:order|parcel|package|replacement)) (?:will|'ll) (?:definitely |certainly |surely |absolutely )?(?:arrive|be delivered|reach you|be with you|be there|get to you) (?:tomorrow|today|tonight|first thing|this (?:afternoon|evening)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b`,
  ),
  rule(
    'over_promise',
    "\\b(?:you will|you'll) (?:definitely |certainly |surely )?(?:have|get|receive) (?:it|them|your (?:order|parcel|package|item|replacement)) (?:tomorrow|today|tonight|first thing|this (?:week|weekend|afternoon|evening)|(?:by|on|before) (?:the weekend|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d+))\\b|\\b(?:for sure|no doubt about it|you have my word)\\b",
  ),
  ...EN_INDIRECT_RULES,
  ...EN_FRAME_RULES,
];
