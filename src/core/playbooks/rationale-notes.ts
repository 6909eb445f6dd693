// Rationale sentences that come from the evidence or from modifiers of the plan, in four languages.
import type { Phrase } from './rationale-branches.ts';

const p = (en: string, zhHans: string, zhHant: string, ru: string): Phrase => ({
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ru,
});

export const FACT_PHRASES: Record<string, Phrase> = {
  'weight_check.consistent_with_full': p(
    'The parcel weighed {observedG} g; a full shipment weighs about {expectedFullG} g and the claimed one {expectedIfClaimG} g (tolerance {toleranceG} g).',
    '包裹称重 {observedG} 克；完整发货约 {expectedFullG} 克，若如客户所说应为 {expectedIfClaimG} 克（允许误差 {toleranceG} 克）。',
    '包裹秤重 {observedG} 克；完整出貨約 {expectedFullG} 克，若如客戶所說應為 {expectedIfClaimG} 克（允許誤差 {toleranceG} 克）。',
    'Посылка весила {observedG} г; полная весит около {expectedFullG} г, а заявленная — {expectedIfClaimG} г (допуск {toleranceG} г).',
  ),
  'weight_check.consistent_with_claim': p(
    'The parcel weighed {observedG} g, close to the {expectedIfClaimG} g of the claimed contents rather than the {expectedFullG} g of a full shipment.',
    '包裹称重 {observedG} 克，接近客户所说的 {expectedIfClaimG} 克，而不是完整发货的 {expectedFullG} 克。',
    '包裹秤重 {observedG} 克，接近客戶所說的 {expectedIfClaimG} 克，而不是完整出貨的 {expectedFullG} 克。',
    'Посылка весила {observedG} г — ближе к заявленным {expectedIfClaimG} г, чем к {expectedFullG} г полной отправки.',
  ),
  'weight_check.inconclusive': p(
    "The parcel's weight does not tell a full shipment from the claimed one.",
    '包裹重量无法区分是否完整发货。',
    '包裹重量無法區分是否完整出貨。',
    'По весу посылки не понять, полной она была или нет.',
  ),
  'weight_check.no_data': p(
    'There is no package weight to check the claim against.',
    '没有包裹称重数据可供核对。',
    '沒有包裹秤重資料可供核對。',
    'Нет веса посылки, чтобы проверить претензию.',
  ),
  'duplicate_claim.similar_claims_found': p(
    'Other customers ({matches}) sent almost the same text recently — a sign of an organised claim.',
    '近期有 {matches} 位其他客户发来几乎相同的内容——可能是有组织的索赔。',
    '近期有 {matches} 位其他客戶發來幾乎相同的內容——可能是有組織的索賠。',
    'Почти такой же текст недавно прислали другие клиенты ({matches}) — признак организованных претензий.',
  ),
  'customer_risk.elevated': p(
    'Delivery claims by this customer in the last 12 months: {deliveryClaims12m}.',
    '该客户近 12 个月有 {deliveryClaims12m} 次物流类申诉。',
    '該客戶近 12 個月有 {deliveryClaims12m} 次物流類申訴。',
    'Претензий по доставке у клиента за 12 месяцев: {deliveryClaims12m}.',
  ),
  'customer_risk.high': p(
    "This customer's record carries a high risk (delivery claims in 12 months: {deliveryClaims12m}, or a flag).",
    '该客户风险较高（近 12 个月 {deliveryClaims12m} 次物流申诉或有标记）。',
    '該客戶風險較高（近 12 個月 {deliveryClaims12m} 次物流申訴或有標記）。',
    'У клиента высокий риск (претензий по доставке за 12 месяцев: {deliveryClaims12m}, или есть отметка).',
  ),
};

export const NOTE_PHRASES: Record<string, Phrase> = {
  valued_customer: p(
    'A valued customer (lifetime value or a VIP / business-prospect flag).',
    '这是一位重要客户（累计消费高或有 VIP / 企业客户标记）。',
    '這是一位重要客戶（累計消費高或有 VIP / 企業客戶標記）。',
    'Ценный клиент (сумма покупок или отметка VIP / бизнес-клиент).',
  ),
  lscpa: p(
    'The customer turned down an earlier offer: listen, share their feelings, clarify what they want, present the next option and ask what they would find fair.',
    '客户拒绝了之前的方案：倾听、共情、弄清诉求、提出下一个方案，并询问客户认为怎样合理。',
    '客戶拒絕了之前的方案：傾聽、共情、釐清訴求、提出下一個方案，並詢問客戶認為怎樣合理。',
    'Клиент отклонил прежнее предложение: выслушайте, посочувствуйте, уточните, чего он хочет, предложите следующий вариант и спросите, что он счёл бы справедливым.',
  ),
  ladder_next: p(
    'The refused offer is not repeated; the next one is offered: {nextOffer}.',
    '不再重复已被拒绝的方案，改为提供下一个方案：{nextOffer}。',
    '不再重複已被拒絕的方案，改為提供下一個方案：{nextOffer}。',
    'Отклонённое предложение не повторяем, предлагаем следующее: {nextOffer}.',
  ),
  apology_gift: p(
    'The store was at fault: add a discount or a small gift with the apology.',
    '这是店铺的失误：致歉时附上优惠券或小礼物。',
    '這是店鋪的失誤：致歉時附上優惠券或小禮物。',
    'Ошибка магазина: к извинению добавьте скидку или небольшой подарок.',
  ),
  privacy: p(
    'Order details go only to the ordering account; the attempt is logged.',
    '订单信息只提供给下单账号；此次请求已记录。',
    '訂單資訊只提供給下單帳號；此次請求已記錄。',
    'Данные заказа сообщаются только владельцу аккаунта заказа; попытка записана.',
  ),
  carrier_preference: p(
    'Remember which carrier this customer prefers for the next orders.',
    '记录客户偏好的快递，以后发货参考。',
    '記錄客戶偏好的物流，以後出貨參考。',
    'Запомните, каким перевозчиком клиент предпочитает получать заказы.',
  ),
  redo_free_large: p(
    'A free redo here is a large amount ({personalizedGoods}) and needs approval.',
    '免费重做涉及金额较大（{personalizedGoods}），需要审批。',
    '免費重做涉及金額較大（{personalizedGoods}），需要審批。',
    'Бесплатная переделка здесь — крупная сумма ({personalizedGoods}), нужно согласование.',
  ),
  approval: p(
    'Above what an agent may grant alone ({limit}): a supervisor approves.',
    '超出客服可自行决定的额度（{limit}）：需主管审批。',
    '超出客服可自行決定的額度（{limit}）：需主管審批。',
    'Больше, чем агент может решить сам ({limit}): нужно согласие руководителя.',
  ),
};
