// The building blocks of reply drafts, per language. Warm, factual, no promises of dates, no questions
// thrown back at the customer (S9, S10, S16). {name} placeholders are filled by draft-reply.ts.
import type { ActionKind, Category, CoreLanguage } from '../types.ts';

export type Phrase = Record<CoreLanguage, string>;
const p = (en: string, zhHans: string, zhHant: string, ru: string): Phrase => ({
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ru,
});

export const GREETING = p('Hi {name},', '亲爱的{name}，您好！', '親愛的{name}，您好！', 'Здравствуйте, {name}!');
export const GREETING_PLAIN = p('Hello,', '亲，您好！', '親，您好！', 'Здравствуйте!');
export const CLOSING = p(
  'Warm regards,\nCustomer care',
  '有任何问题随时联系我们，祝您生活愉快！',
  '有任何問題隨時聯繫我們，祝您生活愉快！',
  'С уважением,\nслужба заботы о клиентах',
);

type SootheGroup =
  | 'hello'
  | 'status'
  | 'delay'
  | 'missing'
  | 'product'
  | 'quality'
  | 'wrong'
  | 'personal'
  | 'request'
  | 'courier'
  | 'service';

const SOOTHE_GROUP: Record<Category, SootheGroup> = {
  general: 'hello',
  order_status: 'status',
  delayed_or_lost: 'delay',
  delivered_not_received: 'delay',
  missing_items: 'missing',
  damaged: 'product',
  spoiled: 'product',
  quality_doubt: 'quality',
  wrong_item: 'wrong',
  personalization_error: 'personal',
  return_exchange: 'request',
  refund_request: 'request',
  cancel_order: 'request',
  change_info: 'request',
  payment_issue: 'request',
  courier_complaint: 'courier',
  service_complaint: 'service',
};

const SOOTHE: Record<SootheGroup, Phrase> = {
  hello: p(
    'Thank you for writing to us — yes, we are here and glad to help.',
    '感谢您的留言，我们在的，很高兴为您服务！',
    '感謝您的留言，我們在的，很高興為您服務！',
    'Спасибо, что написали! Да, мы на связи и рады помочь.',
  ),
  status: p(
    'Thank you for your message, and I am sorry for the wait.',
    '感谢您的耐心，让您久等了，非常抱歉。',
    '感謝您的耐心，讓您久等了，非常抱歉。',
    'Спасибо за сообщение и простите за ожидание.',
  ),
  delay: p(
    'I am so sorry your parcel has not reached you yet — I understand how worrying that is.',
    '非常抱歉包裹还没有送到您手上，完全理解您着急的心情。',
    '非常抱歉包裹還沒有送到您手上，完全理解您著急的心情。',
    'Мне очень жаль, что посылка до вас ещё не дошла, — понимаю, как это тревожно.',
  ),
  missing: p(
    'I am sorry your order did not arrive complete — let me put this right for you.',
    '非常抱歉您收到的商品数量不对，我们马上为您处理。',
    '非常抱歉您收到的商品數量不對，我們馬上為您處理。',
    'Мне жаль, что заказ пришёл неполным, — давайте это исправим.',
  ),
  product: p(
    'I am truly sorry the item did not reach you in the condition it should have.',
    '实在不好意思给您添麻烦了，商品没有以应有的状态送到您手上。',
    '實在不好意思給您添麻煩了，商品沒有以應有的狀態送到您手上。',
    'Мне очень жаль, что товар пришёл к вам не в том виде, в каком должен был.',
  ),
  quality: p(
    'Thank you for telling us how it is going — I am sorry it is not living up to what you expected.',
    '感谢您的反馈，很抱歉商品没有达到您的期望。',
    '感謝您的回饋，很抱歉商品沒有達到您的期望。',
    'Спасибо, что рассказали, — жаль, что товар не оправдал ваших ожиданий.',
  ),
  wrong: p(
    'I am very sorry — we sent you the wrong item, and that is our mistake.',
    '实在抱歉，给您发错了商品，这是我们的失误。',
    '實在抱歉，給您寄錯了商品，這是我們的失誤。',
    'Приносим извинения — мы отправили вам не тот товар, это наша ошибка.',
  ),
  personal: p(
    'I am sorry the personalisation is not what you hoped for — I know how much these details matter.',
    '很抱歉定制内容没有达到您的期望，我们知道这些细节对您很重要。',
    '很抱歉客製內容沒有達到您的期望，我們知道這些細節對您很重要。',
    'Мне жаль, что персонализация получилась не такой, как вы хотели, — понимаю, как важны такие детали.',
  ),
  request: p(
    'Thank you for letting us know — we are glad to help.',
    '收到您的需求，我们很乐意为您处理。',
    '收到您的需求，我們很樂意為您處理。',
    'Спасибо, что сообщили, — с радостью поможем.',
  ),
  courier: p(
    "I am really sorry about the courier's service — that is not how your delivery should have gone.",
    '非常抱歉快递的服务给您带来不好的体验，这不是您应该遇到的。',
    '非常抱歉物流的服務給您帶來不好的體驗，這不是您應該遇到的。',
    'Нам очень жаль, что курьер так обслужил вас, — так доставка проходить не должна.',
  ),
  service: p(
    'I am truly sorry for how you were treated by our team — that is not the service we want to give.',
    '非常抱歉我们的服务让您感到不愉快，这不是我们想给您的体验。',
    '非常抱歉我們的服務讓您感到不愉快，這不是我們想給您的體驗。',
    'Приносим искренние извинения за то, как с вами общались, — мы хотим обслуживать иначе.',
  ),
};

const THANKS = p(
  'Thank you for writing to us about this.',
  '感谢您的留言，您的情况我们已经仔细了解。',
  '感謝您的留言，您的情況我們已經仔細了解。',
  'Спасибо, что написали нам об этом.',
);

/** The first, soothing sentence of a reply (S9 安抚), by what the case is about; no "glad to help" before a no. */
export function soothePhrase(category: Category, primary?: ActionKind): Phrase {
  const group = SOOTHE_GROUP[category];
  return group === 'request' && primary === 'decline_politely' ? THANKS : SOOTHE[group];
}

export const FACTS = {
  parcel: p(
    'Your order {orderId} was sent with {carrier}, tracking number {trackingNo}.',
    '您的订单 {orderId} 由{carrier}配送，运单号 {trackingNo}。',
    '您的訂單 {orderId} 由{carrier}配送，運單號 {trackingNo}。',
    'Ваш заказ {orderId} отправлен службой доставки {carrier}, трек-номер {trackingNo}.',
  ),
  estimate: p(
    'Based on how long this service usually takes, it is expected between {from} and {to}.',
    '按该线路通常的时效，预计在{from}至{to}之间送达。',
    '按該路線通常的時效，預計在{from}至{to}之間送達。',
    'По обычным срокам этой службы посылка ожидается между {from} и {to}.',
  ),
  stalled: p(
    'Its tracking has not updated since {since}, so we are looking into it with the carrier now.',
    '物流信息自{since}起没有更新，我们正在和快递核实。',
    '物流資訊自{since}起沒有更新，我們正在和物流核實。',
    'Отслеживание не обновлялось с {since}, поэтому мы уже выясняем это у перевозчика.',
  ),
  delivered: p(
    'The carrier marked it as delivered on {deliveredOn}.',
    '快递显示已于{deliveredOn}签收。',
    '物流顯示已於{deliveredOn}簽收。',
    'Перевозчик отметил посылку доставленной {deliveredOn}.',
  ),
  notShipped: p(
    'Your order {orderId} is being prepared; once it ships it is expected between {from} and {to}.',
    '您的订单 {orderId} 正在备货，发出后预计{from}至{to}之间送达。',
    '您的訂單 {orderId} 正在備貨，寄出後預計{from}至{to}之間送達。',
    'Ваш заказ {orderId} собирается; после отправки он ожидается между {from} и {to}.',
  ),
};

export const ACTION_PHRASES: Partial<Record<ActionKind, Phrase>> = {
  request_evidence: p(
    'So that we can sort this out quickly, please send us a photo of the item and its packaging.',
    '麻烦您拍张商品和包装的照片发给我们，这边马上为您核实处理，请您不用着急。',
    '麻煩您拍張商品和包裝的照片發給我們，這邊馬上為您核實處理，請您不用著急。',
    'Чтобы мы быстро всё решили, пришлите, пожалуйста, фото товара и упаковки.',
  ),
  wait_and_follow_up: p(
    'We are keeping an eye on it and will write to you with any update.',
    '我们会持续跟踪物流，有任何进展第一时间通知您。',
    '我們會持續追蹤物流，有任何進展第一時間通知您。',
    'Мы следим за посылкой и сразу напишем, если что-то изменится.',
  ),
  reship: p(
    'We will send you a replacement right away, at no cost to you.',
    '我们马上为您免费补发一份。',
    '我們馬上為您免費補寄一份。',
    'Мы сразу бесплатно отправим вам замену.',
  ),
  reship_with_return_label: p(
    'So that you have it in time, we will send a new parcel by express today; it is expected between {reshipFrom} and {reshipTo}. If the first parcel turns up as well, simply send it back with the prepaid label we include.',
    '为了不耽误您的时间，我们今天就用加急快递为您重新寄出，预计{reshipFrom}至{reshipTo}之间送达。如果原包裹之后也到了，用我们附上的预付面单寄回即可。',
    '為了不耽誤您的時間，我們今天就用加急物流為您重新寄出，預計{reshipFrom}至{reshipTo}之間送達。如果原包裹之後也到了，用我們附上的預付標籤寄回即可。',
    'Чтобы заказ успел вовремя, сегодня мы отправим новую посылку срочной доставкой; она ожидается между {reshipFrom} и {reshipTo}. Если первая посылка тоже придёт, просто верните её по оплаченной этикетке, которую мы вложим.',
  ),
  refund_full: p(
    'We will refund {refund} to your original payment method.',
    '我们将为您退款 {refund}，原路退回。',
    '我們將為您退款 {refund}，原路退回。',
    'Мы вернём {refund} тем же способом, которым вы платили.',
  ),
  refund_partial: p(
    'We will refund {refund} for the affected part of your order.',
    '我们将按受影响的部分为您退款 {refund}。',
    '我們將按受影響的部分為您退款 {refund}。',
    'Мы вернём {refund} за пострадавшую часть заказа.',
  ),
  compensation: p(
    'If you are happy to keep it, we would like to offer you {compensation} as compensation, and there is nothing you need to send back.',
    '如果不影响您使用，我们给您补偿 {compensation}，这样您也不用来回寄送，省去麻烦。',
    '如果不影響您使用，我們給您補償 {compensation}，這樣您也不用來回寄送，省去麻煩。',
    'Если вы готовы оставить товар себе, мы предлагаем компенсацию {compensation} — так не придётся ничего отправлять обратно.',
  ),
  exchange: p(
    'We will exchange it for you, and we cover the return postage.',
    '我们为您办理换货，退回的运费由我们承担。',
    '我們為您辦理換貨，退回的運費由我們承擔。',
    'Мы обменяем товар, обратную пересылку оплачиваем мы.',
  ),
  return_refund: p(
    'You can send it back at our cost, and we will refund {refund} once it is on its way back.',
    '您可以寄回商品，运费由我们承担，寄回后我们为您退款 {refund}。',
    '您可以寄回商品，運費由我們承擔，寄回後我們為您退款 {refund}。',
    'Вы можете вернуть товар за наш счёт, и мы вернём {refund}, как только он будет отправлен.',
  ),
  redo_free: p(
    'We will remake it for you free of charge, as quickly as we can.',
    '我们会尽快为您免费重新制作。',
    '我們會盡快為您免費重新製作。',
    'Мы бесплатно и как можно быстрее переделаем его для вас.',
  ),
  redo_at_cost: p(
    'We checked the order and the letters were made as entered ({entered}). We would gladly remake them as {wanted} for you at our cost price.',
    '我们核对了订单，制作内容与下单时填写的一致（{entered}）。我们很乐意按成本价为您重新制作成 {wanted}。',
    '我們核對了訂單，製作內容與下單時填寫的一致（{entered}）。我們很樂意按成本價為您重新製作成 {wanted}。',
    'Мы проверили заказ: буквы сделаны так, как были указаны ({entered}). Мы с радостью переделаем их на {wanted} по себестоимости.',
  ),
  carrier_trace: p(
    'We have asked {carrier} to trace your parcel and will update you as soon as we hear back.',
    '我们已联系{carrier}查件，一有结果马上告诉您。',
    '我們已聯繫{carrier}查件，一有結果馬上告訴您。',
    'Мы запросили розыск посылки у перевозчика ({carrier}) и сообщим, как только получим ответ.',
  ),
  cancel_order: p(
    'We have cancelled the order and will refund {refund} in full.',
    '我们已为您取消订单，并全额退款 {refund}。',
    '我們已為您取消訂單，並全額退款 {refund}。',
    'Мы отменили заказ и вернём всю сумму — {refund}.',
  ),
  hold_until_cleared: p(
    'Thank you for sending the cheque. We will ship as soon as it has cleared, which usually takes about {days} days. If that is too late for your date, we can cancel the order, or a card payment would let us ship sooner.',
    '感谢您寄来支票。支票兑现后我们会立即发货，兑现通常需要约 {days} 天。如果赶不上您的时间，我们可以取消订单，或者改用银行卡付款可以更快发货。',
    '感謝您寄來支票。支票兌現後我們會立即出貨，兌現通常需要約 {days} 天。如果趕不上您的時間，我們可以取消訂單，或者改用信用卡付款可以更快出貨。',
    'Спасибо, что отправили чек. Мы отправим заказ, как только чек будет обналичен, обычно это около {days} дн. Если это слишком поздно, мы можем отменить заказ, а оплата картой позволит отправить быстрее.',
  ),
  change_address: p(
    'We will update the delivery address before the order ships — please send us the full new address here.',
    '我们会在发货前为您修改收货地址，请把完整的新地址发给我们。',
    '我們會在出貨前為您修改收件地址，請把完整的新地址發給我們。',
    'Мы изменим адрес до отправки — пришлите, пожалуйста, новый адрес полностью.',
  ),
  explain_usage: p(
    'We will send you a short guide on use and care; if anything still looks wrong, a photo will help us make it right.',
    '我们会发给您使用和保养的说明；如果仍有问题，拍张照片给我们，我们一定为您处理好。',
    '我們會發給您使用和保養的說明；如果仍有問題，拍張照片給我們，我們一定為您處理好。',
    'Мы пришлём короткую инструкцию по использованию и уходу; если что-то всё равно не так, фото поможет нам всё исправить.',
  ),
  escalate_supervisor: p(
    'I have passed this to my supervisor, who will look into it personally and get back to you.',
    '我已将您的情况转给主管，主管会亲自跟进并回复您。',
    '我已將您的情況轉給主管，主管會親自跟進並回覆您。',
    'Ваше обращение передано руководителю: он лично разберётся и ответит вам.',
  ),
  decline_politely: p(
    'We have looked at this carefully. As the order was delivered on {deliveredOn}, we are not able to offer a replacement this time, and we are sorry not to have better news. We would be glad to help with anything else.',
    '我们认真核实了情况。由于订单已于{deliveredOn}签收，这次没办法为您补发，非常抱歉。如有其他需要，我们随时乐意帮忙。',
    '我們認真核實了情況。由於訂單已於{deliveredOn}簽收，這次沒辦法為您補寄，非常抱歉。如有其他需要，我們隨時樂意幫忙。',
    'Спасибо, что написали нам. Заказ был доставлен {deliveredOn}, поэтому в этот раз мы не можем предложить замену — очень жаль. С радостью поможем в чём-то другом.',
  ),
  deny_info_request: p(
    'To protect our customers, we can only share or change order details with the account that placed the order. If the person who placed it writes to us from that account, we will gladly help right away.',
    '为了保护顾客的信息安全，订单信息只能由下单账号查询或修改。麻烦请下单人用下单账号联系我们，我们会马上为您处理。',
    '為了保護顧客的資訊安全，訂單資訊只能由下單帳號查詢或修改。麻煩請下單人用下單帳號聯繫我們，我們會馬上為您處理。',
    'Чтобы защитить наших покупателей, мы сообщаем и меняем данные заказа только для аккаунта, с которого он оформлен. Попросите, пожалуйста, того, кто сделал заказ, написать нам с этого аккаунта — и мы сразу поможем.',
  ),
};

/** Returns the customer chose (size, taste): the process and the refund, without promising free postage. */
export const CUSTOMER_RETURN: Partial<Record<ActionKind, Phrase>> = {
  exchange: p(
    'Of course — send it back and we will send you the one you prefer as soon as it arrives.',
    '没问题，您把商品寄回，我们收到后马上为您换发合适的款式。',
    '沒問題，您把商品寄回，我們收到後馬上為您換寄合適的款式。',
    'Конечно — отправьте товар обратно, и как только он придёт, мы вышлем тот, что вам подходит.',
  ),
  return_refund: p(
    'Of course — once you send it back, we will refund {refund}, which is what you paid for it.',
    '没问题，您寄回商品后，我们会按实付金额为您退款 {refund}。',
    '沒問題，您寄回商品後，我們會按實付金額為您退款 {refund}。',
    'Конечно — после возврата товара мы вернём {refund}, то есть сумму, которую вы за него заплатили.',
  ),
};

/** Where a branch needs other words than its primary action's usual sentence. */
export const BRANCH_REPLY: Record<string, Phrase> = {
  'cancel_order.intercept': p(
    'Your parcel has already left us, so we have asked {carrier} to stop it and send it back; as soon as it is on its way back, we will refund you.',
    '您的包裹已经发出，我们已联系{carrier}拦截退回，包裹退回途中我们就为您退款。',
    '您的包裹已經寄出，我們已聯繫{carrier}攔截退回，包裹退回途中我們就為您退款。',
    'Посылка уже отправлена, поэтому мы попросили службу доставки {carrier} остановить её и вернуть нам; как только она поедет обратно, мы вернём вам деньги.',
  ),
  'change_info.shipped_redirect': p(
    'Your parcel has already left us, so we have asked {carrier} to deliver it to your new address — please send us the full address here.',
    '您的包裹已经发出，我们会联系{carrier}改派到新地址，请把完整的新地址发给我们。',
    '您的包裹已經寄出，我們會聯繫{carrier}改派到新地址，請把完整的新地址發給我們。',
    'Посылка уже отправлена, поэтому мы попросим службу доставки {carrier} доставить её по новому адресу — пришлите, пожалуйста, адрес полностью.',
  ),
  'return_exchange.outside_window': p(
    'We have looked at this carefully. The {days}-day return period for this order has ended, so we are not able to take it back this time, and we are sorry not to have better news. We would be glad to help with anything else.',
    '我们认真核实了情况。这笔订单已超过 {days} 天的退换期，这次没办法为您办理退换，非常抱歉。如有其他需要，我们随时乐意帮忙。',
    '我們認真核實了情況。這筆訂單已超過 {days} 天的退換期，這次沒辦法為您辦理退換，非常抱歉。如有其他需要，我們隨時樂意幫忙。',
    'Спасибо, что написали нам. Срок возврата ({days} дн.) для этого заказа истёк, поэтому в этот раз мы не можем принять товар обратно — очень жаль. С радостью поможем в чём-то другом.',
  ),
};
const SEND_MISSING = p(
  'We will send you {items} right away, at no cost to you.',
  '我们马上为您免费补发{items}。',
  '我們馬上為您免費補寄{items}。',
  'Мы сразу бесплатно отправим вам: {items}.',
);
for (const branch of ['weight_full_goodwill', 'weight_confirms_claim', 'reship_missing'])
  BRANCH_REPLY[`missing_items.${branch}`] = SEND_MISSING;
BRANCH_REPLY['payment_issue.answer'] = p(
  'We are checking this payment with our payment provider now and will write to you as soon as we have an answer.',
  '我们正在和支付平台核实这笔付款，一有结果马上告诉您。',
  '我們正在和支付平台核實這筆付款，一有結果馬上告訴您。',
  'Мы уже проверяем этот платёж у платёжной системы и напишем вам, как только получим ответ.',
);

/** After a trace: what happens if the parcel does not turn up (a conditional, never a date). */
export const AFTER_TRACE: Partial<Record<ActionKind, Phrase>> = {
  reship: p(
    'If it does not turn up soon, we will send you a replacement at no cost.',
    '如果包裹迟迟找不到，我们会为您免费补发。',
    '如果包裹遲遲找不到，我們會為您免費補寄。',
    'Если посылка в ближайшее время не найдётся, мы бесплатно отправим вам замену.',
  ),
  refund_full: p(
    'If it does not turn up soon, we will refund you {refund} in full.',
    '如果包裹迟迟找不到，我们会为您全额退款 {refund}。',
    '如果包裹遲遲找不到，我們會為您全額退款 {refund}。',
    'Если посылка в ближайшее время не найдётся, мы вернём вам всю сумму — {refund}.',
  ),
};

BRANCH_REPLY['*.ask_order_number'] = p(
  'So that we can look into it right away, please send us your order number.',
  '麻烦您把订单号发给我们，我们马上为您查询处理。',
  '麻煩您把訂單號發給我們，我們馬上為您查詢處理。',
  'Чтобы мы сразу во всём разобрались, пришлите, пожалуйста, номер заказа.',
);
BRANCH_REPLY['refund_request.outside_window'] = BRANCH_REPLY['return_exchange.outside_window'] ?? p('', '', '', '');

/** General questions: an invitation instead of an action. */
export const GENERAL_INVITE = p(
  'Tell us what you need and we will help right away.',
  '请告诉我们您需要什么帮助，我们马上为您处理。',
  '請告訴我們您需要什麼幫助，我們馬上為您處理。',
  'Напишите, чем мы можем помочь, — ответим сразу.',
);

/** S25 LSCPA: acknowledge the refusal, then (after the next offer) ask what they would find fair. */
export const LSCPA_ACK = p(
  'I understand that {refused} is not what you were hoping for, and that is completely fair.',
  '理解{refused}不是您想要的，您的想法完全可以理解。',
  '理解{refused}不是您想要的，您的想法完全可以理解。',
  'Я понимаю, что {refused} — не то, на что вы рассчитывали, и это совершенно справедливо.',
);
export const LSCPA_ASK = p(
  'Please tell us what would feel fair to you, and we will do our best to make it right.',
  '您觉得怎样处理比较合理，请告诉我们，我们一定尽力为您解决。',
  '您覺得怎樣處理比較合理，請告訴我們，我們一定盡力為您解決。',
  'Подскажите, какое решение вы считаете справедливым, — мы сделаем всё, чтобы вам помочь.',
);

export const REFUSED_NOUNS: Partial<Record<ActionKind, Phrase>> = {
  compensation: p('a compensation', '补偿方案', '補償方案', 'компенсация'),
  exchange: p('an exchange', '换货', '換貨', 'обмен'),
  return_refund: p('a return', '退货', '退貨', 'возврат'),
  reship: p('a replacement', '补发', '補寄', 'повторная отправка'),
  refund_partial: p('a partial refund', '部分退款', '部分退款', 'частичный возврат денег'),
  redo_at_cost: p('a remake at cost', '按成本重做', '按成本重做', 'переделка по себестоимости'),
  redo_free: p('a free remake', '免费重做', '免費重做', 'бесплатная переделка'),
  refund_full: p('a full refund', '全额退款', '全額退款', 'полный возврат денег'),
  escalate_supervisor: p('a talk with a supervisor', '主管介入处理', '主管介入處理', 'разговор с руководителем'),
  carrier_trace: p('a trace with the carrier', '向快递查件', '向物流查件', 'розыск у перевозчика'),
};
export const REFUSED_DEFAULT = p('our earlier offer', '之前的方案', '之前的方案', 'наше прежнее предложение');

export const APOLOGY_GIFT = p(
  'As an apology, we would also like to give you a discount on your next order.',
  '为表歉意，我们还会送您一张下次购物的优惠券。',
  '為表歉意，我們還會送您一張下次購物的優惠券。',
  'В знак извинения мы также дарим вам скидку на следующий заказ.',
);
