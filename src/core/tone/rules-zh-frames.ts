import { rule, type ToneRule } from './tone-rule.ts';

// Chinese sentence frames (same conventions as rules-zh.ts; Traditional is folded to Simplified first):
// second person + counterfactual (blame) and refusing to answer again (dismissive).
const S = '[^。！？!?；;\\n]';
const YOU = '(?:你|您|亲|你们|您们)';

const ROUND_1: ToneRule[] = [
  rule(
    'blaming_customer',
    `${YOU}(?:当时|当初|之前|早)?(?:要是|如果|假如|但凡)${S}{0,14}(?:就不会|也不会|就没|就不|也不至于|就能避免)|(?:要是|如果|假如)${YOU}(?:当时|当初|早)${S}{0,16}(?:就|早就|也)`,
    { unless: '抱歉|对不起|不好意思' },
  ),
  rule(
    'dismissive',
    `(?:不会|不再|不)再?(?:回复|答复|解释|讨论|理会|回应)(?:这个|此|这类|您的)?|(?:已经|早就)(?:说|讲|解释|回复)得(?:很|非常)?清楚了`,
    { unless: '如果|帮您|为您|我们会|让这种' },
  ),
];

// Second round: proof by our own check at shipping, "common sense", sending the customer elsewhere,
// "now you tell us", scare quotes around the complaint, and open doubt.
const ROUND_2: ToneRule[] = [
  rule('rebuttal', '(?:发货|出货|发出去?|寄出|出库|打包|出厂)(?:前|时|的时候|之前)', {
    also: '完好|正常|没问题|没有问题|好好的|可以确定|能确定|确认过|测试过|检查过|验过',
    unless:
      '抱歉|对不起|运输|途中|补发|重发|退款|不好意思|可能|我们会|帮您|修改|更改|取消|来得及|可以改|新的|新这|换的|随时',
  }),
  rule(
    'blaming_customer',
    `(?:是|属于|这是|基本|起码的?)常识|(?:只能|得|要|需要|必须)${YOU}(?:自己|自行)(?:负责|承担|处理|解决)|${YOU}自己(?:负责|承担)`,
    { unless: '我们会|帮您|不用您|不需要您|由我们' },
  ),
  rule(
    'dismissive',
    `该(?:说|讲|解释)的${S}{0,4}都(?:说|讲|解释)(?:过)?了|不(?:用|要|必)再问了|${YOU}(?:得|需要|要|只能|必须|还是)(?:自己|自行)?(?:去)?(?:找|联系|问|咨询)(?:一下)?(?:厂家|原厂|快递|物流|银行|海关|品牌方|邮局|平台)`,
    { unless: '帮您|我们会|我来|协助|电话是|联系方式|抱歉|我们已经|我已经' },
  ),
  rule(
    'rhetorical_question',
    `(?:都|已经)${S}{0,10}了?${S}{0,4}(?:现在|这会儿)?才(?:说|来说|反映|投诉|提)|${YOU}(?:觉得|认为)(?:这样|这)?(?:合理|公平|说得过去|正常|应该)(?:吗|么)`,
  ),
  rule(
    'sarcasm',
    `[“"「『][^”"」』]{0,8}(?:坏|破|丢|没收到|少|错|变质|漏|不见|没到)[^”"」』]{0,4}[”"」』]|${YOU}${S}{0,3}还(?:想|要|指望|期待)(?:要)?(?:什么|怎样|怎么样)|真[厉厲]害(?=[。！!]|$)`,
  ),
  rule('sarcasm', '^\\s*(?:是啊|对啊|是呀|对呀|没错)[，,]', {
    also: '肯定|一定|吃了|吃掉|偷|凭空|飞了|长腿|自己',
    unless: '抱歉|帮您|我们会|理解|确实',
  }),
  rule(
    'doubting_customer',
    `表示怀疑|持怀疑|我(?:很|有点|非常|比较|真的|实在)怀疑(?=[。！!，,]|$)|(?:这|那)也太奇怪了`,
    {
      unless: '快递|物流|系统|抱歉',
    },
  ),
  rule('others_never_complained', `就${YOU}(?:一个人|一个)?(?:有问题|事多|这么多事|毛病多|有意见|不满意|这么挑)`),
];

// Third round: "下次先…" advice, "没人逼您", closing the door, "我也很想知道" doubt, rhetorical "怎么可能故意"
// and "不是更省事吗".
const ROUND_3: ToneRule[] = [
  rule(
    'blaming_customer',
    `下次${S}{0,8}(?:先|记得|注意|请|最好)${S}{0,8}(?:量|看|检查|确认|阅读|注意|选)|(?:没人|没有人|又没人|谁)(?:逼|强迫|让|要求)(?:着)?${YOU}`,
    { unless: '我们|我会|优惠|券|欢迎' },
  ),
  rule(
    'dismissive',
    `到此为止|不予(?:通过|受理|处理|退款|理会)|不再受理|请(?:不要|别|勿)再${S}{0,10}(?:发消息|联系|留言|打电话|催|问)`,
    { unless: '抱歉|帮您|不用担心|不必担心' },
  ),
  rule('doubting_customer', '我(?:也)?(?:很|真|倒|倒是)?(?:想|好奇)知道', { also: '怎么(?:会|可能)|为什么|为何' }),
  rule(
    'rhetorical_question',
    `(?:我们|我)(?:怎么可能|怎么会|哪会|哪里会|难道会)${S}{0,8}(?:故意|特意|成心|专门)|不是更(?:省事|简单|方便|快|好)(?:吗|么|嘛)|难道不是`,
  ),
];

// Fourth round: a broad lexicon of the customer's own slip (second person, no warmth), "是您的原因",
// "不是在我们这边", giving in with contempt, "多点耐心", "运气真好", "有那么难吗", a "太巧" story.
const WE = '(?:我们|我司|本店|店里|我这边)';
const ROUND_4: ToneRule[] = [
  rule(
    'blaming_customer',
    '填错|写错|选错|看错|弄错|用错|放错|输错|操作不当|使用不当|没看清|没注意|没仔细|不注意|不小心|粗心',
    {
      also: YOU,
      unless:
        '抱歉|对不起|不好意思|我们|是我|不是您|不怪您|如果|是否|有没有|麻烦|帮您|别担心|不用担心|没关系|都没错|快递|物流|司机',
    },
  ),
  rule('blaming_customer', `是${YOU}(?:自己)?的(?:原因|问题|责任|错)|(?:多|有)(?:一)?点耐心|耐心(?:一)?点`, {
    unless: '不是|并非|不怪|而是我们|感谢|谢谢|请您|辛苦',
  }),
  rule(
    'rebuttal',
    `不是(?:在)?${WE}(?:这边|这里|仓库)?(?:发生|造成|弄|出)|通过了?${S}{0,4}(?:跌落|摔落|质检|检测|测试)`,
    {
      unless: '抱歉|新的|仍然|还是|但|不好意思',
    },
  ),
  rule(
    'dismissive',
    `(?:跟|和|与)(?:我们|我|店铺|本店|店里|我们店|商家|卖家)(?:无关|没关系|没有关系|不相干)|归(?:快递|物流|快递公司|邮局|银行|厂家)(?:管|负责)|(?:就|先)(?:聊|说|谈)到这(?:里|儿)?(?:吧|了)`,
    { unless: '不是说|并不是|明天|稍后|回电|再联系|给您打|抱歉' },
  ),
  rule('dismissive', `${YOU}说了算|随${YOU}(?:吧|便|的便)|(?:给|退给|换给)${YOU}就是了`),
  rule('sarcasm', `${YOU}运气(?:真|可真|太)好|(?:都|也)没(?:发现|注意到)(?=[。！!]|$)`),
  rule('rhetorical_question', '(?:就|有)?(?:那么|这么)(?:难|麻烦|困难|复杂)(?:吗|么|嘛)'),
  rule('doubting_customer', `未免太?巧|说法${S}{0,6}(?:太巧|可疑|站不住|牵强)`),
];

// Fifth round: "您…怎么没发现…呢", "您不会不知道吧", "干得漂亮" over a mishap, "仁至义尽/就到这儿",
// "没有…这一说", "…是不存在的", "恕我直言".
const ROUND_5: ToneRule[] = [
  rule('rhetorical_question', '怎么(?:没|不)(?:有)?(?:发现|注意|看|检查|确认|量|读|问|留意)', {
    question: true,
    also: YOU,
    unless: '快递|物流|司机|师傅|网点|系统',
  }),
  rule('rhetorical_question', `${YOU}不会不(?:知道|清楚|明白|懂|记得)(?:吧|吗|么)`),
  rule('sarcasm', '(?:干|做)得(?:漂亮|好|真好|不错)(?=[。！!]|$)', { unless: '感谢|谢谢|辛苦|非常' }),
  rule(
    'dismissive',
    `仁至义尽|(?:就|只能)到这(?:儿|里)(?=[。！!吧了]|$)|没有${S}{0,6}这一说|没(?:有)?这(?:种|个)说法`,
    { unless: '抱歉|帮您|为您' },
  ),
  rule('rebuttal', '是不存在的|恕我直言|说句不好听的'),
];

// Sixth round: ironic praise in general — a praise word and a mishap in one sentence with no warmth.
const ROUND_6: ToneRule[] = [
  rule('sarcasm', '真棒|太棒了|太好了|厉害|漂亮|佩服|恭喜|运气|高明|有本事|了不起|天才', {
    also: '坏|丢|投诉|差评|错|又|摔|漏|裂|变质|退',
    unless: '抱歉|对不起|帮您|为您|我们会|已经|谢谢|感谢|新的|补发|好消息|找到',
  }),
];

// Seventh round: "不过是您本人签收的", "我们从来不会发出…", "是有原因的", "别再写信/不掺和", "解释一下…怎么自己…",
// "您以前没…过吗".
const ROUND_7: ToneRule[] = [
  rule(
    'rebuttal',
    `(?:不过|但是|可是|但)${S}{0,10}(?:是)?${YOU}(?:本人|自己)(?:签收|收到|确认)|(?:我们|我们团队|我们仓库|我们店)(?:从来|从)?不会?(?:发出|发|寄出|出)${S}{0,6}(?:损坏|坏|错|破)`,
    { unless: '抱歉|对不起|理赔|补发|没收到' },
  ),
  rule('blaming_customer', '是有原因的|不是没有原因的', {
    also: '说明书|说明|标签|提示|注意事项|详情页|规则|第一页',
  }),
  rule('dismissive', `别再${S}{0,6}(?:写信|发消息|联系|找|问)|不掺和|不插手|不参与了|不管了`, {
    unless: '我会|主动|帮您|抱歉',
  }),
  rule('doubting_customer', `(?:解释|说说|说明)${S}{0,12}(?:怎么|如何)${S}{0,10}自己`),
  rule('rhetorical_question', `${YOU}(?:以前|从来|从没)(?:没|没有)?${S}{0,4}过${S}{0,8}(?:吗|么)`),
];

// Eighth round: "长腿/真新鲜", "要就要，不要拉倒", "但凡您…也", "不属于质量问题/您使用造成的".
const ROUND_8: ToneRule[] = [
  rule('sarcasm', '长了?腿|真新鲜|真稀奇'),
  rule('dismissive', '不要(?:就)?拉倒|要就要|不要就算了|爱要不要|(?:我们这边|我这边|我们)就这样了(?=[。！!]|$)'),
  rule('blaming_customer', `但凡${YOU}${S}{0,14}(?:也|就)`),
  rule(
    'rebuttal',
    `不属于(?:质量|品质|品質)问题|(?:人为|使用不当|正常使用)(?:造成|导致|引起)|${YOU}${S}{0,8}(?:造成|导致|弄)的`,
    { unless: '抱歉|不是您|并非您|我们来|依然|仍然|也给您|照样' },
  ),
];

// Ninth round: "平白无故/凭空", "加粗写着", "就这么着/各执一词".
const ROUND_9: ToneRule[] = [
  rule('doubting_customer', '平白无故|无缘无故|凭空', { unless: '抱歉|对不起' }),
  rule('blaming_customer', '(?:加粗|红字|大字|醒目)(?:地)?(?:写[着著]|标[着著]|注明|标注|提示)', {
    unless: '应该|已经改|抱歉|更醒目',
  }),
  rule('dismissive', '就这么着|各执一词|各说各的'),
];

// Tenth round: "已经解释两遍了，您再读一遍", "看过尺码表的人都不会选错", "照片显示已经送到了".
const ROUND_10: ToneRule[] = [
  rule('dismissive', `(?:解释|说|讲)(?:了|过)?(?:两|三|好几|几|很多)(?:遍|次)|${YOU}再(?:读|看)一遍`, {
    unless: '抱歉|可能没说清|我再|没说清楚',
  }),
  rule('blaming_customer', `(?:认真|仔细)?(?:看过|看了|读过|量过)${S}{0,10}的人(?:都)?(?:不会|知道|能)`),
  rule('rebuttal', `(?:照片|监控|记录|截图)(?:显示|证明)${S}{0,20}(?:已经)?(?:送到|送达|签收)了`, {
    unless: '不是您|没收到|抱歉|重新|补发',
  }),
];

/** Every round of sentence frames, in the order they were added (each round after a fresh dev batch). */
export const ZH_FRAME_RULES: ToneRule[] = [
  ...ROUND_1,
  ...ROUND_2,
  ...ROUND_3,
  ...ROUND_4,
  ...ROUND_5,
  ...ROUND_6,
  ...ROUND_7,
  ...ROUND_8,
  ...ROUND_9,
  ...ROUND_10,
];
