import { rule, type ToneRule } from './tone-rule.ts';

// English, indirect phrasings: two cues in one sentence, counterfactual blame, deflection to third
// parties, minimising and contempt. Same conventions as rules-en.ts.

export const EN_INDIRECT_RULES: ToneRule[] = [
  // Broader families: two cues in one sentence, counterfactual blame, deflection to third parties.
  rule(
    'over_promise',
    '\\b(?:guarantee[ds]?|definitely|certainly|surely|for sure|without fail|100 ?%|i promise|we promise|promised|rest assured|no question|no doubt|i swear|(?:certain|sure|bound) to)\\b',
    {
      also: '\\b(?:arriv\\w*|deliver\\w*|doorstep|be (?:there|with you)|reach(?:es)? you|gets? (?:it )?to you|get it to you|(?:have|get|receive) (?:it|them|your (?:order|parcel|package|item|replacement)))\\b',
      unless:
        '\\b(?:expected|estimate[ds]?|usually|typically|normally|between|likely|probably|should|hope|aim|try|update you|let you know|keep you)\\b',
    },
  ),
  rule(
    'blaming_customer',
    "\\bhad you (?:\\w+ly )?(?:followed|read|checked|measured|stored|entered|told|asked|contacted|looked|opened|used|chosen|picked|ordered|refrigerated|listened|waited)\\b|\\b(?:is|was|are|were) (?:entirely |all )?down to you\\b|\\b(?:that's|this is|it's|it is) (?:on )?your (?:side|end|call)(?:, not (?:ours|us|our))\\b|\\byour (?:side|end), not ours\\b",
  ),
  rule(
    'dismissive',
    "\\b(?:direct|send|address|forward|take|refer) (?:any |all |your )?(?:further |other )?(?:complaints?|questions?|queries|claims?|issues?|concerns?) (?:to|with) (?:the |your )?(?:carrier|courier|post office|postal service|bank|manufacturer|delivery company|shipping company)\\b|\\bnot something (?:we|i) (?:deal with|handle|cover|get involved in|can help with)\\b|\\bwe (?:only|just) (?:sell|ship|make)\\b|\\b(?:you(?:'ll| will)? )?(?:have|need) to (?:contact|call|ask|speak to) (?:the )?(?:carrier|courier|post office|bank) (?:yourself|directly)\\b",
  ),
  rule(
    'rebuttal',
    "\\b(?:doesn't|does not|don't|do not|didn't|did not) (?:match|agree with|tally with|fit) (?:with )?(?:our|the) (?:records|data|system|logs|photos|scan)\\b|\\bnothing (?:could|can|would) (?:possibly )?have (?:gone missing|been missing|been lost|been damaged|fallen out|broken)\\b|\\b(?:our|the) (?:records|system|scan|data|camera|photos?) (?:clearly |definitely )?(?:show|shows|prove|proves|confirm|confirms) (?:otherwise|that (?:you|it|the parcel|everything|nothing))\\b",
  ),
  rule(
    'doubting_customer',
    '\\b(?:struggl\\w+|hard|difficult|hard-pressed) to (?:believe|accept|see how)\\b|\\b(?:sounds|seems) (?:a bit |rather |very )?(?:unlikely|far-fetched|hard to believe|suspicious)\\b',
  ),
  rule(
    'rhetorical_question',
    '\\bdid (?:nobody|no one|anyone|none of you) (?:\\w+ ){0,4}(?:think|bother|try) to\\b|\\bwhy (?:on earth|in the world|exactly|would anyone|would you ever)\\b|\\b(?:what|how) (?:else )?(?:did|do|would) you (?:think|expect|imagine) (?:would|was going to|will) happen\\b',
    { question: true },
  ),
  rule(
    'others_never_complained',
    '\\b(?:literally |literal )?(?:thousands|hundreds|millions|tons|lots|dozens|loads) of (?:happy|satisfied|delighted|other|our|loyal) (?:customers|buyers|clients|people|shoppers|users)\\b|\\b(?:all|most|every one) of our (?:other )?(?:customers|buyers|clients) (?:are|were|have been) (?:happy|satisfied|fine)\\b',
  ),
  rule(
    'sarcasm',
    '\\bthanks? (?:you )?(?:so much |very much )?for the (?:lovely|wonderful|great|kind|glowing|nice) (?:one-star|1-star|two-star|negative|bad|angry) (?:review|rating|feedback|comment)\\b|\\breally appreciated\\s*[.!]*\\s*[🙃🙄]|\\bhow (?:thoughtful|kind) of you to\\b',
  ),
  rule(
    'blaming_customer',
    '\\byou (?:\\w+ly )?(?:misread|misunderstood|mixed up|messed up|broke|damaged|dropped|ruined|overloaded|misused|mishandled|ignored) (?:it|the|this|that|our|your)\\b|\\byou (?:made|caused) (?:a|the|this|that) (?:mistake|error|problem|damage|mess)\\b|\\b(?:improper|incorrect|wrong) (?:use|usage|storage|handling|installation) (?:by you|on your part)\\b|\\bon your part\\b',
    { unless: "\\b(?:if|in case|sorry|apologi[sz]e|no worries|don't worry|never mind|happens|whether)\\b" },
  ),
  rule(
    'dismissive',
    "\\b(?:end of (?:discussion|story)|(?:this|the) (?:matter|case|conversation|discussion) is (?:closed|over|finished)|nothing (?:more|further|else) to (?:discuss|add|say)|(?:our|my) (?:decision|answer) is final|i won't (?:discuss|reply|respond|be replying)|i can't help you with that|not my (?:problem|job|department))\\b",
  ),
  rule(
    'doubting_customer',
    "\\byou(?:'re| are) (?:lying|not telling the truth|making (?:this|it|that) up|trying to (?:scam|trick|cheat))\\b|\\b(?:assuming|provided|if) (?:you're|you are) telling the truth\\b|\\b(?:if|assuming) (?:that's|that is|this is|it's|it is) (?:really|actually|even|truly) (?:the case|true|what happened)\\b|\\bwe(?:'ve| have) seen this (?:trick|scam|story) before\\b",
  ),
  rule(
    'over_promise',
    '\\bwill (?:be (?:on your doorstep|at your door|delivered|there|with you|in your hands)|arrive|reach you) (?:\\w+ ){0,2}(?:by|before|at) (?:\\d{1,2}(?::\\d\\d)? ?(?:am|pm)?|noon|midday|tomorrow|tonight|the end of (?:today|the day))\\b',
    { unless: '\\b(?:expected|estimate[ds]?|usually|typically|normally|between|likely|probably|hope|aim)\\b' },
  ),
  rule(
    'others_never_complained',
    '\\bonly you (?:have|had|seem|seems|complain|think|found|noticed)\\b|\\bjust you\\b(?= (?:who|that) (?:complain|ha[ds]))',
  ),
  rule(
    'rebuttal',
    "\\b(?:don't|do not|can't|cannot|fail to|struggle to) (?:see|understand|imagine) how (?:it|this|that|the \\w+|anything|something) (?:could|can|would|might)\\b|\\b(?:was|were) (?:definitely |certainly |absolutely |clearly |completely )?(?:full|intact|complete|fine|sealed|undamaged|perfect|in perfect condition) when (?:it|they) left\\b|\\b(?:cctv|camera footage|our footage|the footage)\\b",
  ),
  rule(
    'doubting_customer',
    '\\b(?:confusing|mixing) us (?:up )?with\\b|\\b(?:from|at|with) (?:a different|another|some other) (?:shop|store|seller|website)\\b|\\bthink (?:again|carefully|back)\\b(?=[^.!?\\n]{0,40}(?:\\?|maybe|perhaps|whether))',
  ),
  rule(
    'sarcasm',
    "\\b(?:funny|curious) how\\b|\\bhow (?:convenient|curious) that\\b|\\bso now (?:it's|it is|its) (?:our|my) fault\\b|\\b(?:brilliant|fantastic|lovely|perfect|wonderful)\\s*[.!]\\s*$|^\\s*(?:great|brilliant|lovely|perfect|wonderful),? so\\b",
  ),
  rule(
    'rhetorical_question',
    "\\b(?:were|are|was|is) you even\\b|\\bwhat part of\\b|\\bwhat(?:'s| is) (?:so )?(?:hard|difficult|unclear|confusing) about\\b",
    { question: true },
  ),
  rule('rhetorical_question', '\\bwhat part of\\b[^.!?\\n]{0,60}\\b(?:unclear|understand|confusing)\\b'),
  rule(
    'blaming_customer',
    '\\bnext time,? (?:please |kindly |maybe |try to )?(?:read|check|make sure|be (?:more )?careful|pay (?:more )?attention|look|measure|follow)\\b|\\bby you\\b|\\bbecause you (?:\\w+ )?(?:plugged|used|put|left|stored|ordered|chose|picked|ignored)\\b',
    {
      unless:
        '\\b(?:sent by you|chosen by you|requested by you|confirmed by you|provided by you|shared by you|given by you)\\b',
    },
  ),
  rule(
    'dismissive',
    "\\bbetween you and (?:the |your )?(?:bank|courier|carrier|seller|manufacturer|post office|card issuer)\\b|\\b(?:done|did) (?:all|everything) (?:we're|we are|i'm|i am|we were|i was) (?:going|able|willing) to do\\b|\\bthat's all we (?:can|will) do\\b",
  ),
  rule(
    'others_never_complained',
    '\\bwithout (?:a single|one single|any|one) (?:complaint|problem|issue|return)\\b|\\b(?:everyone|everybody|all the others|the rest|other people) (?:else )?(?:managed|did fine|had no|seem to manage|could|can)\\b',
  ),
  rule(
    'rebuttal',
    "\\bnot what (?:our|the) (?:system|records|tracking|data|scan|logs?) (?:says|shows|said|showed)\\b|\\bso it (?:was|has been|definitely was) (?:delivered|received|signed for)\\b|\\b(?:it|they|this|the (?:fabric|colou?r|item|product|material|paint|box|seal)) (?:does not|doesn't|do not|don't|will not|won't|cannot|can't) (?:fade|break|leak|shrink|tear|crack|spoil|rust|peel|melt|come loose)\\b",
    { unless: "\\b(?:normally|usually|should(?:n't)?|if|sorry|unfortunately|supposed|designed|expect)\\b" },
  ),
  rule(
    'doubting_customer',
    "\\b(?:not sure|don't know) (?:if |whether |that )?i (?:believe|buy)\\b|\\b(?:is|sounds|seems|looks|a (?:little|bit)|rather|very|highly|quite|pretty|somewhat) suspicious\\b(?! (?:emails?|messages?|links?|texts?|calls?|activity|logins?|payments?|transactions?))|\\bprove (?:that |to us )?you\\b",
  ),
  rule('rhetorical_question', "\\bso (?:you|you're) (?:expect|want|think|are saying) (?:us|me|we)\\b|,? you know,", {
    question: true,
  }),
  rule(
    'sarcasm',
    "\\b(?:isn't|is not|aren't|are not) your (?:strong (?:point|suit)|forte)\\b|\\b(?:shocking|surprising|crazy|believe it or not|newsflash),? i know\\b|\\b(?:is|are) there for a reason\\b",
  ),
  rule(
    'blaming_customer',
    "\\b(?:that's|that is|this is) what happens (?:when|if) you\\b|\\bwhat do you expect (?:when|if) you\\b",
  ),
  rule(
    'dismissive',
    "\\b(?:not much|very little|little) (?:more |else )?(?:that )?(?:we|i) can do\\b|\\bjust the messenger\\b|\\btake it up with \\w+|\\bwe (?:don't|do not) (?:do|give|offer|accept) (?:refunds|returns|exchanges)\\b",
    { unless: '\\b(?:but|however|instead|although|what we can|what i can|can offer)\\b' },
  ),
  rule(
    'others_never_complained',
    '\\bnot (?:a single|one) (?:other )?(?:customer|buyer|client|person|shopper)\\b|\\b(?:\\d{1,3}(?:,\\d{3})+|\\d{4,}|\\d+ thousand)\\+? (?:happy |satisfied |delighted |other |loyal )?(?:customers|buyers|clients|reviewers|people|shoppers)\\b',
  ),
  rule(
    'rebuttal',
    "\\bwith (?:all )?(?:due )?respect\\b|\\b(?:is|was)(?:n't| not) (?:something )?(?:we|us) (?:caused|did)\\b|\\bnot (?:caused|done) by us\\b|\\b(?:left|leaves) (?:here|us|our warehouse) in (?:perfect|excellent|good|mint) (?:condition|shape)\\b",
  ),
  rule(
    'rhetorical_question',
    '\\b(?:too much to ask|so hard|that hard|so difficult|that difficult)\\b|\\bhow (?:would|could|should|were) (?:we|i) (?:have )?(?:know|known|guess|guessed)\\b',
    { question: true },
  ),
  rule(
    'doubting_customer',
    "\\b(?:could it be|is it possible) (?:that )?you (?:just |simply )?(?:overlooked|missed|forgot|didn't|misread|mixed|confused|made)\\b|\\b(?:more than|just|only) your word\\b|\\byour word alone\\b",
  ),
  rule(
    'blaming_customer',
    "\\byou(?:'re| are| were) supposed to\\b|\\byou (?:gave|provided|entered|typed|supplied|wrote) (?:us )?(?:was|were) (?:incomplete|wrong|incorrect|invalid|missing|not)\\b|\\b(?:the )?(?:buyer|customer|recipient)'s (?:responsibility|fault)\\b",
    { unless: "\\b(?:if|whether|don't worry|no worries)\\b" },
  ),
  rule(
    'dismissive',
    "\\b(?:falls |is )?outside (?:of )?(?:what (?:we're|we are|i'm|i am) responsible for|our (?:responsibility|control|remit|scope))\\b|\\bsort (?:it|that|this) out (?:with [\\w ]{1,20} )?yourself\\b|\\b(?:deal|sort it out|take it up) with \\w+ yourself\\b",
  ),
  rule(
    'others_never_complained',
    "\\b(?:the )?only (?:complaint|problem|issue|return) (?:we've|we have|we've ever|i've) (?:had|received|got|seen)\\b|\\b(?:our )?other (?:customers|buyers|clients) (?:don't|do not|never|haven't|have not) (?:seem to )?(?:struggle|mind|notice|have (?:a |any )?(?:problem|issue|trouble|difficulty))\\b",
  ),
  rule(
    'sarcasm',
    '\\b(?:creative|novel|unique|original|inventive) way to\\b|\\b(?:nice|kind|good|thoughtful|lovely) of you to (?:finally|eventually)\\b|\\byou finally (?:decided to )?(?:reply|replied|respond|responded|got back)\\b',
  ),
  // Minimising, defiance and contempt: the everyday forms of arguing with a customer (S20).
  rule(
    'dismissive',
    "\\bcalm down\\b|\\b(?:you're|you are) (?:\\w+ )?(?:overreacting|being (?:dramatic|unreasonable|difficult))\\b|\\b(?:it's|it is|this is|that's) (?:just|only) a (?:small|tiny|minor|little|slight) (?:scratch|dent|mark|stain|delay|thing|issue|crease)\\b|\\bno need to be (?:rude|upset|angry|aggressive|so)\\b|\\bfeel free to (?:leave|write|post) (?:a )?(?:bad|negative|one-star|1-star)\\b|\\bgo ahead and (?:complain|report|leave|dispute|open)\\b|\\bif you don't like (?:it|our \\w+|the \\w+|this)\\b[^.!?\\n]{0,30}\\bdon't (?:buy|order|shop)\\b|\\b(?:we're|we are|i'm|i am) not (?:obligated|obliged|required) to\\b|\\bi don't know what (?:else )?to tell you\\b|\\b(?:we've|we have) been more than (?:patient|fair|generous)\\b",
  ),
  rule(
    'blaming_customer',
    '\\b(?:customers|people|buyers) like you\\b|\\byou people\\b|\\b(?:clearly|explicitly|plainly) (?:stated|written|mentioned|marked|shown|explained)\\b|\\bit says so (?:right )?(?:there|on|in)\\b',
  ),
  rule(
    'rhetorical_question',
    '\\bwhat (?:exactly |else |more )?do you want (?:us|me) to do\\b|\\bdo you (?:even )?know how to (?:use|read|open|operate)\\b',
    { question: true },
  ),
  rule(
    'rhetorical_question',
    "\\b(?:couldn't|could not|can't|cannot) you (?:have )?(?:just |simply )?(?:asked|told|called|contacted|emailed|read|checked|waited|looked)\\b|\\bsurely you\\b",
    { question: true },
  ),
  rule(
    'dismissive',
    '\\b(?:a question|one|something) for (?:the )?(?:courier|carrier|post office|bank|manufacturer|marketplace)\\b|\\bnot for us\\b',
  ),
  rule('sarcasm', '\\bat least you got\\b'),
  rule(
    'rebuttal',
    '\\b(?:we|our (?:\\w+ ){0,2}(?:team|control|checks?|staff|warehouse|qc|packers?|inspection))\\b would have (?:caught|noticed|spotted|seen|found)\\b',
  ),
  rule(
    'sarcasm',
    "\\bthat's a new one(?=\\s*[.!]|$)|\\b(?:yes|yeah|right|oh yes),? because\\b|\\bon purpose\\b|\\b(?:ate|eaten|stole|stolen) (?:it|them|your (?:parcel|package|order))\\b",
    { unless: '\\b(?:sorry|apologi[sz]e|not on purpose)\\b' },
  ),
  rule(
    'doubting_customer',
    '\\b(?:find|found) (?:that|this|it) (?:very |highly |rather |quite )?(?:unlikely|implausible|hard to believe)\\b|\\b(?:do|can|could) you (?:have|show|provide|give us) (?:any )?proof\\b|\\bexpect (?:me|us) to believe\\b',
  ),
  rule(
    'rhetorical_question',
    '\\bhow (?:is|was) (?:that|this|it) (?:our|my) (?:fault|problem|responsibility)\\b|\\bwhat did you (?:think|expect) (?:[\'"\\w ]+ )?(?:meant|means|would happen)\\b|^\\s*who (?:orders|buys|leaves|expects|would|in their right mind)\\b|\\b(?:is|was) (?:that|it|this) (?:really )?worth (?:a|an|the)\\b',
    { question: true },
  ),
  rule('dismissive', "\\bdon't hold your breath\\b|\\bno point (?:in )?(?:arguing|discussing|complaining)\\b"),
  rule(
    'blaming_customer',
    "^\\s*(?:please )?read (?:our|the) (?:terms|policy|policies|description|listing|instructions|faq|small print)\\b|\\b(?:take more care|be more careful|pay more attention)\\b|\\bhardly (?:our|my) fault\\b|\\b(?:isn't|is not|wasn't|was not) (?:exactly )?(?:our|my) fault (?:that|if) you\\b",
  ),
  rule(
    'sarcasm',
    "\\blet me guess\\b|\\bpoor you\\b|\\bwhat a tragedy\\b|\\bshock,? horror\\b|\\balert the media\\b|\\bnext you'll (?:tell|say)\\b|\\bbecause that makes (?:total |perfect )?sense\\b|\\bwhatever you say\\b|\\byou're the expert\\b",
  ),
  rule(
    'dismissive',
    "\\bnot the end of the world\\b|\\bit's only (?:a few|one|a couple of) (?:days|hours|dollars|pounds|euros)\\b",
  ),
  rule(
    'rebuttal',
    "\\b(?:according to our records|our records (?:indicate|show|say)),? (?:that )?(?:you|the (?:order|parcel|box|package) (?:was|is) (?:complete|full|delivered|correct|intact))\\b|\\b(?:is|was)(?:n't| not) (?:defective|faulty|damaged|broken) at all\\b|\\b(?:the (?:item|product|unit)|it) (?:is|was)(?:n't| not) (?:defective|faulty)\\b|\\b(?:was|were) (?:working|fine|ok|okay|intact|complete) when (?:it|they) left\\b|\\bwe (?:definitely|certainly|absolutely) (?:sent|packed|included|shipped|put)\\b|\\byou must be (?:mistaken|wrong|confused)\\b",
    { unless: '\\b(?:if|whether|sorry|apologi[sz]e|unfortunately it was)\\b' },
  ),
  rule(
    'dismissive',
    "\\b(?:those|these) are the rules\\b|\\b(?:can't|cannot) do anything about\\b|\\bout of our control\\b",
    { unless: "\\b(?:but|however|what we can|what i can|i've|we've|i have|we have|instead|meanwhile)\\b" },
  ),
];
