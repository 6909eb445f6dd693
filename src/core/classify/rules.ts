// Priority rules that single cue phrases cannot express: combinations that change what a message
// is about ("tracking says delivered" + "I didn't get it"), food that "went bad", rudeness that
// belongs to the courier or to the shop, and a message that is only a greeting.
import type { CategoryScores } from './score-lexicon.ts';

const DELIVERED_STATUS =
  /deliver|dropped off|completed|parcel room|concierge|porch|投递|投到|已完成|передал|сдали|расписался|отмечен|консьерж|signed|left (in|at|by|on)|签收|妥投|送达|送到|配达|已取件|快递柜|驿站|放在|вручен|доставлен|оставили|постамат|числится|выдан|в руки|вручил/u;
const NOT_RECEIVED =
  /(never|didn'?t|did not|haven'?t|have not|not|wasn'?t|nobody|no one|nothing)\b|empty|没收到|没拿到|没有收到|什么都没|没有东西|没人|不是我|找不到|没看到|没有|не получ|ничего|пуст|не дошл|не видел|не моя|не я|не забира|не отдавал|нет|никто не|не доход|не принимал|nothing here|no parcel|can'?t find|nobody here|啥也没|连影子|没见|空的/u;
const FOOD =
  /chicken|meat|fish|fruit|milk|cake|bread|cheese|seafood|shrimp|prawn|food|鸡|肉|鱼|虾|海鲜|水果|菜|奶|蛋糕|面包|饺子|冰淇淋|食品|吃|курица|куриц|мяс|рыб|фрукт|молок|торт|хлеб|сыр|креветк|пельмен|продукт|еда|ягод|dumpling|ice cream|frozen|yogh?urt|steak|strawberr|prawn|durian|sausage|йогурт|стейк|клубник|колбас|榴莲|酸奶|优格|草莓|月饼|牛排|肠|orange|apple|banana|crab|beef|jerky|grape|橙|柳丁|苹果|香蕉|蟹|牛肉|葡萄|апельсин|яблок|банан|краб|говядин|виноград/u;
const WENT_BAD = /坏了|坏掉|went bad|gone bad|испорч|off\b/u;
const RUDE = /rude|yell|shout|swore|attitude|态度|骂|凶|甩脸|难听|хам|груб|наорал|орал|нахамил/u;
const COURIER =
  /courier|driver|delivery (guy|man|person)|postman|快递员|快递小哥|派送员|送货|骑手|司机|小哥|快递|курьер|доставщик|водител|почтальон/u;
const SHOP_STAFF = /support|service|agent|staff|team|客服|售后|店|поддержк|оператор|менеджер|сотрудник|магазин/u;
const SMELL = /smell|reek|stink|taste|闻|味|пахн|запах|воня|привкус/u;
const ORDER_RECORD = /订单上|订单里|shipping label|on (my|the) order|в заказе|на накладной/u;
const MONEY = /money|refund|钱|款|差价|деньг|денег|средств|оплат/u;
const POLICY_QUESTION = /policy|政策|规定|条件|условия|правила/u;
const GREETING_ONLY =
  /^(?:[\s\p{P}\p{S}]|hi|hello|hey|dear|good (?:morning|afternoon|evening)|anyone there|are you there|在吗|在不在|你好|您好|亲|哈喽|哈啰|嗨|здравствуйте|добрый день|добрый вечер|доброе утро|привет|вы тут|вы здесь|алло)*$/u;

/** Adjusts the cue scores by the combinations that decide what the message is about. */
export function applyRules(text: string, scores: CategoryScores): CategoryScores {
  const out = { ...scores };
  if (DELIVERED_STATUS.test(text) && NOT_RECEIVED.test(text) && out.delivered_not_received > 0)
    out.delivered_not_received += 4;
  if (FOOD.test(text) && (WENT_BAD.test(text) || out.spoiled > 0)) {
    out.spoiled += 2;
    if (WENT_BAD.test(text)) out.damaged = Math.max(0, out.damaged - 2);
  }
  if (RUDE.test(text)) {
    if (COURIER.test(text) && !/客服|support|поддержк|оператор/u.test(text)) out.courier_complaint += 2;
    else if (SHOP_STAFF.test(text) || out.courier_complaint === 0) out.service_complaint += 2;
  }
  if (SMELL.test(text) && !FOOD.test(text) && out.spoiled > 0) {
    out.quality_doubt += 2;
    out.spoiled = Math.max(0, out.spoiled - 2);
  }
  if (ORDER_RECORD.test(text) && out.personalization_error > 0) out.change_info += 3;
  else if (out.personalization_error >= 3) out.personalization_error += 2;
  if (out.refund_request > 0 && MONEY.test(text)) out.refund_request += 1;
  // A remedy the customer asks for (money back, a return) yields to the problem they report.
  const problem = Math.max(
    out.delivered_not_received,
    out.missing_items,
    out.damaged,
    out.spoiled,
    out.wrong_item,
    out.quality_doubt,
    out.personalization_error,
  );
  if (problem >= 3) {
    out.refund_request = Math.max(0, out.refund_request - 2);
    out.return_exchange = Math.max(0, out.return_exchange - 2);
  }
  if (POLICY_QUESTION.test(text)) out.general += 3;
  if (GREETING_ONLY.test(text)) out.general += 5;
  return out;
}
