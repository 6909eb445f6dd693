import { EN_LATE_FRAME_RULES } from './rules-en-frames-late.ts';
import { rule, type ToneRule } from './tone-rule.ts';

// English sentence frames rather than phrases: second person + obligation or counterfactual (blame),
// negated responsibility and closures (dismissive), flat contradiction and "we always/definitely"
// (rebuttal), an ironic opener over a negative sentence (sarcasm), a negative yes/no question about what
// the customer should have known (rhetorical). Each frame keeps an `unless` for the warm variant.
const WARM = "\\b(?:sorry|apologi[sz]e|we'll|we will|i'll|i will|happy to|glad to|let me|we can|i can)\\b";
const FEELING = '(?:been|felt|found it|had a|received|got|gotten|seen)\\b';

const ROUND_1: ToneRule[] = [
  rule(
    'blaming_customer',
    `\\byou (?:really |obviously |clearly )?(?:should|must|ought to|needed to|were meant to) have (?!${FEELING})(?:\\w+ed|\\w+en|chosen|done|told|read|sent|put|kept|left|made|paid|bought|taken|thought|known|asked|brought|kept|set)\\b`,
    { unless: '\\b(?:we|i) (?:should|must|ought to) have\\b|\\bif you\\b|\\bwhether\\b|\\bno need\\b' },
  ),
  rule(
    'blaming_customer',
    '\\byou (?:\\w+ed|chose|picked|wrote|put|broke|did|made|set|sent|took|threw|gave) (?:\\w+ ){0,4}yourself\\b|\\b(?:came|was|is) from you,? not (?:from )?(?:us|our)\\b|\\b(?:from|by) you,? not (?:by |from )?(?:us|our \\w+)\\b',
  ),
  rule(
    'dismissive',
    "\\b(?:has|have|had) nothing to do with (?:us|me|our (?:store|shop|team|company))\\b|\\bnot (?:our|my) (?:problem|concern|business|responsibility|department)\\b|\\b(?:won't|will not|are not going to|aren't going to|will no longer) (?:be )?(?:answer|respond|repl|discuss|comment|revisit|look)\\w* (?:\\w+ ){0,3}(?:again|further|any ?more|any longer)\\b|\\b(?:issue|matter|case|complaint|question|topic|subject|conversation) (?:is|has been) (?:now )?(?:closed|over)\\b",
    { unless: '\\b(?:refund\\w*|replace\\w*|resolved|reopen\\w*|any ?time|let us know|just reply|if you|new one)\\b' },
  ),
  rule(
    'rebuttal',
    "(?:^|[,;:—-] ?)(?:no,? )?(?:that|this|it) (?:simply |just |really )?(?:can't|cannot|couldn't) (?:be(?! (?:easy|fun|nice|pleasant|right for you))|have happened)\\b|\\b(?:that|this|it) (?:simply |just )?(?:is(?:n't| not)|was(?:n't| not)) (?:true|correct|accurate|possible|the case)\\b",
    { unless: "\\b(?:sorry|shouldn't|if|whether|i'm afraid it)\\b" },
  ),
  rule(
    'rebuttal',
    "\\bwe (?:always|definitely|certainly|absolutely|never) (?:\\w+-)?(?:check|pack|send|sent|ship|test|inspect|weigh|seal|include|verif|count|scan|label|make mistakes|get it wrong|mix)\\w*\\b|\\b(?:never|doesn't ever|does not ever) (?:shrinks?|fades?|breaks?|leaks?|rusts?|tears?|cracks?|spoils?|melts?)\\b",
    { unless: `${WARM}|\\b(?:should(?:n't)?|normally|usually|designed|supposed|expected|surprised|clearly didn't)\\b` },
  ),
  rule(
    'sarcasm',
    "^\\s*(?:oh,? )?(?:sure|of course|obviously|apparently|naturally|clearly|right),? (?:the|your|our|it|it's|that's|this|another|everything|now|because|we're|blame)\\b",
    {
      also: '\\b(?:vanish\\w*|thin air|always (?:right|wrong)|blame|fault|wrong|magic\\w*|disappear\\w*|now|again|suddenly)\\b',
      unless: "\\b(?:sorry|we'll|i'll|we will|i will|happy to|glad to|we can|i can|let me)\\b",
    },
  ),
  rule(
    'sarcasm',
    "\\bcongratulations,? (?:you|you've|you have|on being the (?:first|only))\\b|\\b(?:vanished|disappeared) into thin air\\b|\\b(?:is|are) (?:now |suddenly )?to blame now\\b|(?:^|[.!] )(?:obviously|noted|sure|right|clearly)\\s*[.!]\\s*$",
  ),
  rule(
    'rhetorical_question',
    "^\\s*(?:isn't|wasn't|aren't|doesn't|wouldn't|shouldn't) (?:it|that|this) (?:\\w+ ){0,2}(?:obvious|clear|common sense|enough|plain|normal)\\b|^\\s*(?:didn't|don't|haven't|couldn't|can't) you (?:\\w+ )?(?:read|see|notice|check|look|think|know|realise|realize|understand)\\b(?! (?:our|the|an?) (?:email|message|link|text|sms|notification|code))",
    { question: true },
  ),
];

// Second round: proof-by-our-check, "we told you", oddness about the customer's account, praise after a
// complaint, and questions that count the times something was explained.
const CHECKED = '\\bwe (?:tested|checked|inspected|weighed|photographed|examined|verified|filmed|double-checked)\\b';
const ROUND_2: ToneRule[] = [
  rule('rebuttal', CHECKED, {
    also: '\\b(?:before (?:sending|shipping|dispatch|packing|it (?:left|shipped))|at dispatch|worked (?:perfectly|fine)|(?:was|were) (?:fine|intact|perfect|complete|working))\\b',
    unless: "\\b(?:sorry|apologi[sz]e|transit|replace\\w*|new one|refund\\w*|unfortunately|still|anyway|we'll|i'll)\\b",
  }),
  rule(
    'rebuttal',
    "\\b(?:there's|there is) no way (?:that )?(?:the|it|this|that|they|we|anything|something|our)\\b(?! \\w+ (?:to|of) (?:know|tell|check|see))|\\b(?:doesn't|does not|don't|do not|never) lie\\b",
    { unless: "\\b(?:sorry|we'll|i'll|if|whether|apologi[sz]e)\\b" },
  ),
  rule(
    'blaming_customer',
    "\\bwe (?:did |had |already )?(?:warn|warned|told|tell|remind|reminded) you\\b|\\bcommon sense\\b|\\b(?:is|was|'s) (?:all |entirely )?on you\\b",
    { unless: "\\b(?:sorry|we'd|we would|we will|we'll|should have|didn't|forgot|update|soon|if)\\b" },
  ),
  rule(
    'dismissive',
    "\\bout of our hands\\b|\\byou(?:'ll| will)? (?:have|need) to (?:contact|call|ask|speak to|email|write to|go to|take (?:it|this|that) up with) (?:the )?(?:manufacturer|maker|brand|carrier|courier|post office|bank|customs|marketplace|platform)\\b",
    {
      unless:
        "\\b(?:we|i)(?:'ll| will|'ve| have| can| could)\\b|\\b(?:help|here's|here is|details|number|for you|sorry|but)\\b",
    },
  ),
  rule(
    'dismissive',
    '\\b(?:said|told you|explained) (?:everything|all) (?:that )?(?:we|i|there) (?:have|had|is|was|can|could)\\b',
  ),
  rule(
    'doubting_customer',
    "\\b(?:i'm|i am|we're|we are) not (?:convinced|persuaded)\\b|\\b(?:i|we) (?:really |seriously |somewhat )?doubt (?:that|it|the|you|whether|very much)\\b",
  ),
  rule(
    'doubting_customer',
    "\\b(?:seems|it's|is|that's|rather|a bit|very|quite|pretty|looks) (?:odd|strange|weird|peculiar)\\b",
    {
      also: '\\b(?:both|all|every|exactly|same|only|empty|just after|right after)\\b',
      unless: "\\b(?:sorry|tracking|courier|carrier|system|we'll|i'll|apologi[sz]e|we've|i've|label)\\b",
    },
  ),
  rule(
    'sarcasm',
    '(?:^|[.!] )(?:of course|sure|naturally|obviously) (?:it|they|you|he|she) (?:was|were|did|is|are|do|does|had)\\s*[.!]*$|^\\s*(?:amazing|funny|curious|interesting|remarkable|incredible) how\\b',
  ),
  rule('sarcasm', '\\b(?:impressive|amazing|remarkable|incredible|well done|bravo|quite an achievement)\\s*[.!]*$', {
    also: '\\b(?:complain\\w*|returns?|broke|broken|reviews?|refunds?|times|again|lost|in one (?:week|day|month))\\b',
  }),
  rule(
    'rhetorical_question',
    '\\bhow many (?:more )?times (?:do|must|should|will|have|did) (?:we|i|you)\\b|^\\s*why would (?:we|i|anyone|our (?:\\w+ )?(?:team|staff|warehouse))\\b',
    { question: true },
  ),
];

// Third round: "next time" advice, "nobody forced you", ironic "oh yes", closing the door, the customer's
// own photos turned against them, and questions about what the customer "really thinks".
const ROUND_3: ToneRule[] = [
  rule('blaming_customer', '\\bnext time\\b', {
    also: '\\b(?:try|measure|check|read|order|choose|pick|make sure|remember|look|select|use|be)\\w*\\b',
    unless: "\\b(?:we|we'll|i'll|we will|i will|our|us|happy|welcome|discount|code|free)\\b",
  }),
  rule('blaming_customer', '\\b(?:nobody|no one) (?:forced|made|asked|told|pushed) you to\\b'),
  rule(
    'sarcasm',
    '^\\s*oh,? (?:yes|yeah|sure|right|great|wonderful|brilliant|of course)\\b|,\\s*(?:that|this) (?:always |really |surely )?(?:helps|works|solves everything)\\s*[.!]*$',
    { unless: "\\b(?:sorry|we'll|i'll|we can|i can|i see|thank\\w*)\\b" },
  ),
  rule(
    'dismissive',
    "\\b(?:we're|we are|i'm|i am) done (?:here|with this)\\b|\\bstop (?:emailing|writing|messaging|contacting|calling|texting|sending) (?:us|me)\\b",
  ),
  rule('dismissive', '\\b(?:request|claim|complaint|appeal) (?:is|has been) (?:declined|rejected|denied|refused)\\b', {
    unless: '\\b(?:because|as|since|but|however|instead|offer\\w*|can|sorry)\\b',
  }),
  rule(
    'rebuttal',
    '\\b(?:your|the) (?:photos?|pictures?|video|images?)(?: you (?:sent|took|shared))? (?:actually |clearly |even )?shows? (?:that )?(?:the \\w+|it|everything|nothing) (?:is|was|are|were) (?:fine|ok|okay|intact|undamaged|perfect|in (?:good|perfect) condition|working|correct)\\b',
  ),
  rule('doubting_customer', "\\b(?:i'd|i would) (?:love|like) to know how\\b|\\bi (?:do )?wonder how\\b", {
    unless: "\\b(?:sorry|we'll|we can|i can|help|happened to your)\\b",
  }),
  rule(
    'rhetorical_question',
    "^\\s*(?:wouldn't|would not|isn't|wasn't) it (?:have been )?(?:easier|simpler|quicker|better|wiser|smarter) to\\b|\\b(?:do|did) you (?:really|honestly|seriously|actually) (?:think|believe|imagine|expect)\\b",
    { question: true },
  ),
];

// Fourth round: a broad accusation lexicon about the customer's own action (second person, no warmth),
// "it didn't happen here", giving in with contempt, "lucky you", and a "convenient" story.
const ROUND_4: ToneRule[] = [
  rule(
    'blaming_customer',
    '\\b(?:wrong(?:ly)?|mistaken(?:ly)?|incorrect(?:ly)?|careless(?:ly)?|negligent\\w*|improper(?:ly)?|failed to|neglected|misread|misused|mishandled)\\b',
    {
      also: '\\byou\\b',
      unless: `${WARM}|\\b(?:our (?:mistake|fault|error)|we (?:made|got|sent|shipped|packed|put|printed|listed)|my (?:mistake|fault)|not your|nothing wrong|anything wrong|no fault|don't worry|no worries|if|whether|could you|would you|courier|carrier|driver|everything correctly|all correctly)\\b`,
    },
  ),
  rule(
    'blaming_customer',
    '\\byour (?:own )?(?:doing|fault|mistake|error)\\b|\\b(?:a (?:little|bit of) )?patience (?:would|will|goes)\\b|\\bbe (?:more )?patient\\b',
    {
      unless: "\\b(?:not|isn't|wasn't|none of|no fault|thank\\w*|appreciate)\\b",
    },
  ),
  rule(
    'rebuttal',
    "\\b(?:didn't|did not|couldn't have|could not have|can't have|cannot have) (?:happen|occur)(?:ed)? (?:here|at our end|on our side|with us|in our warehouse)\\b|\\bpassed (?:every|all|our) (?:\\w+ )?(?:tests?|checks?|inspections?)\\b",
    { unless: '\\b(?:sorry|still|unfortunately|despite|apologi[sz]e|replacement)\\b' },
  ),
  rule('dismissive', '\\b(?:responsible|liable)\\b[^.!?\\n]{0,40}\\bnot (?:us|we|the (?:shop|store|seller))\\b', {
    unless: "\\b(?:sorry|we'll|i'll|we will|i will|if)\\b",
  }),
  rule(
    'dismissive',
    "\\b(?:conversation|discussion|this) (?:isn't|is not) going anywhere\\b|\\bhave it your way\\b|\\bsuit yourself\\b|\\bif you insist\\b|\\bwhatever you want\\b|^\\s*fine,",
  ),
  rule('sarcasm', "\\blucky you\\b|\\bgood for you\\b|\\baren't you lucky\\b|\\bdidn't even notice\\b"),
  rule(
    'doubting_customer',
    '\\b(?:story|timing|account|explanation|claim|version)\\b[^.!?\\n]{0,30}\\b(?:convenient|suspicious|far-fetched|unconvincing)\\b|\\b(?:convenient|suspicious|far-fetched|unconvincing) (?:story|timing|account|explanation|claim)\\b',
  ),
];

/** Every round of sentence frames, in the order they were added (each round after a fresh dev batch). */
export const EN_FRAME_RULES: ToneRule[] = [...ROUND_1, ...ROUND_2, ...ROUND_3, ...ROUND_4, ...EN_LATE_FRAME_RULES];
