// The one sentence each playbook branch adds to the rationale, in the store's language.
// Placeholders {name} are filled by render-rationale.ts with formatted facts and amounts.
import type { CoreLanguage } from '../types.ts';

export type Phrase = Record<CoreLanguage, string>;
const p = (en: string, zhHans: string, zhHant: string, ru: string): Phrase => ({ en, 'zh-Hans': zhHans, 'zh-Hant': zhHant, ru });

/** Keyed by "category.branch", or "*.branch" when the sentence is the same for several categories. */
export const BRANCH_PHRASES: Record<string, Phrase> = {
  'missing_items.weight_full_goodwill': p(
    'The weight says the parcel left complete, but the disputed goods cost {goods} and the customer is worth keeping: reship them as goodwill and photograph this customer\'s next parcels before shipping.',
    '称重显示包裹发出时是完整的，但争议商品只值 {goods}，客户值得维护：作为善意补发，并标记该客户，以后发货前拍照留证。',
    '秤重顯示包裹寄出時是完整的，但爭議商品只值 {goods}，客戶值得維護：作為善意補寄，並標記該客戶，以後出貨前拍照留證。',
    'Вес показывает, что посылка ушла полной, но спорный товар стоит {goods}, а клиента стоит сохранить: отправьте его повторно в знак доброй воли и фотографируйте следующие посылки этого клиента перед отправкой.'),
  'missing_items.weight_full_verify': p(
    'The weight says the parcel left complete and the disputed goods ({goods}) are above the goodwill limit: ask for a photo of what arrived before deciding.',
    '称重显示包裹发出时是完整的，且争议商品（{goods}）超过善意补偿额度：先请客户拍照确认收到的商品再决定。',
    '秤重顯示包裹寄出時是完整的，且爭議商品（{goods}）超過善意補償額度：先請客戶拍照確認收到的商品再決定。',
    'Вес показывает, что посылка ушла полной, а спорный товар ({goods}) дороже лимита доброй воли: попросите фото полученного, прежде чем решать.'),
  'missing_items.weight_confirms_claim': p(
    'The weight matches the customer\'s account: the items were left out when packing. Reship them now with an apology.',
    '称重与客户的说法一致：打包时漏发了。立即补发并致歉。',
    '秤重與客戶的說法一致：打包時漏寄了。立即補寄並致歉。',
    'Вес подтверждает слова клиента: товар не положили при упаковке. Отправьте его сейчас и извинитесь.'),
  'missing_items.reship_missing': p(
    'The weight cannot settle it either way: reship the missing items ({goods}) with an apology.',
    '称重无法判断：向客户致歉并补发缺少的商品（{goods}）。',
    '秤重無法判斷：向客戶致歉並補寄缺少的商品（{goods}）。',
    'По весу не определить: отправьте недостающий товар ({goods}) и извинитесь.'),
  'delayed_or_lost.deadline_reship': p(
    'The customer needs the order by {needBy} and the parcel cannot be counted on: reship now by an expedited service with a prepaid return label for the duplicate, and trace and claim the first parcel from the carrier.',
    '客户需要在 {needBy} 前收到，而原包裹已无法指望：立即加急补发，并附预付退货面单以便退回多出的一份；同时向快递查件并索赔。',
    '客戶需要在 {needBy} 前收到，而原包裹已無法指望：立即加急補寄，並附預付退貨標籤以便退回多出的一份；同時向物流查件並索賠。',
    'Клиенту заказ нужен к {needBy}, а на первую посылку рассчитывать нельзя: отправьте заказ повторно срочной доставкой с оплаченной этикеткой для возврата дубликата, а по первой посылке запросите розыск и претензию у перевозчика.'),
  'delayed_or_lost.stalled_trace': p(
    'The parcel has not been scanned for {daysSinceScan} days: open a trace with {carrier}, then reship or refund if it does not move.',
    '包裹已 {daysSinceScan} 天没有物流更新：先向{carrier}查件，如仍无进展再补发或退款。',
    '包裹已 {daysSinceScan} 天沒有物流更新：先向{carrier}查件，如仍無進展再補寄或退款。',
    'Посылку не сканировали {daysSinceScan} дн.: откройте розыск у перевозчика ({carrier}), а если она не сдвинется — отправьте повторно или верните деньги.'),
  'delayed_or_lost.presumed_lost': p(
    'The parcel is far past twice the carrier\'s transit time: treat it as lost — trace it, replace it for the customer and claim the loss from {carrier}.',
    '包裹已远超快递正常时效的两倍：按丢件处理——查件、为客户补发或退款，并向{carrier}索赔。',
    '包裹已遠超物流正常時效的兩倍：按遺失處理——查件、為客戶補寄或退款，並向{carrier}索賠。',
    'Посылка в пути вдвое дольше нормы перевозчика: считайте её утерянной — розыск, замена для клиента и претензия к перевозчику ({carrier}).'),
  'delayed_or_lost.overdue_trace': p(
    'The parcel is still moving but is past the usual {normMaxDays} days: ask {carrier} to check it and follow up with the customer.',
    '包裹仍在运输，但已超过通常的 {normMaxDays} 天：请{carrier}核查，并跟进告知客户。',
    '包裹仍在運送，但已超過通常的 {normMaxDays} 天：請{carrier}核查，並跟進告知客戶。',
    'Посылка в пути, но дольше обычных {normMaxDays} дн.: попросите перевозчика ({carrier}) проверить её и держите клиента в курсе.'),
  'delayed_or_lost.in_transit_wait': p(
    'The parcel is moving within the carrier\'s norm: give the honest estimate ({estimate}) and follow up.',
    '包裹在正常时效内运输中：如实告知预计到达时间（{estimate}），并跟进。',
    '包裹在正常時效內運送中：如實告知預計到達時間（{estimate}），並跟進。',
    'Посылка идёт в пределах нормы перевозчика: сообщите честный срок ({estimate}) и следите за доставкой.'),
  'delayed_or_lost.not_shipped': p(
    'Nothing has shipped yet: tell the customer honestly when it will ({estimate}), and offer to cancel if that is too late.',
    '订单尚未发货：如实告知预计时间（{estimate}），如客户等不及可提供取消。',
    '訂單尚未出貨：如實告知預計時間（{estimate}），如客戶等不及可提供取消。',
    'Заказ ещё не отправлен: честно назовите срок ({estimate}) и предложите отмену, если это слишком поздно.'),
  'delivered_not_received.risk_investigate': p(
    'The tracking shows delivery and this claim carries risk signs: no automatic goodwill — trace it with the carrier and let a supervisor decide.',
    '物流显示已签收，且此次申诉存在风险迹象：不自动补发或退款——先向快递核查，由主管决定。',
    '物流顯示已簽收，且此次申訴存在風險跡象：不自動補寄或退款——先向物流核查，由主管決定。',
    'Отслеживание показывает доставку, а у претензии есть признаки риска: без автоматической компенсации — розыск у перевозчика и решение руководителя.'),
  'delivered_not_received.high_value_claim': p(
    'A valuable order shown as delivered: trace it with the delivery confirmation and claim from the carrier before replacing it.',
    '高价值订单显示已签收：凭签收记录向快递查件并索赔，再决定是否补发。',
    '高價值訂單顯示已簽收：憑簽收紀錄向物流查件並索賠，再決定是否補寄。',
    'Дорогой заказ отмечен доставленным: запросите розыск с подтверждением вручения и претензию к перевозчику, прежде чем заменять.'),
  'delivered_not_received.low_value_goodwill': p(
    'A small order ({amount}) and a customer with a clean record: resolve it with goodwill rather than an investigation.',
    '订单金额小（{amount}）且客户记录良好：以善意方式解决，无需调查。',
    '訂單金額小（{amount}）且客戶紀錄良好：以善意方式解決，無需調查。',
    'Небольшой заказ ({amount}) и клиент без претензий в истории: решите вопрос в знак доброй воли, без расследования.'),
  'delivered_not_received.trace_first': p(
    'The tracking shows delivery: ask the carrier where it was left, and replace it if the trace finds nothing.',
    '物流显示已签收：先问快递放在哪里，查不到再补发或退款。',
    '物流顯示已簽收：先問物流放在哪裡，查不到再補寄或退款。',
    'Отслеживание показывает доставку: уточните у перевозчика, где оставили посылку, и замените, если розыск ничего не даст.'),
  'courier_complaint.trace_redeliver': p(
    'The courier let the customer down: apologise, ask {carrier} to redeliver, and note the customer\'s carrier preference.',
    '快递服务让客户失望：向客户致歉，请{carrier}重新派送，并记录客户偏好的快递。',
    '物流服務讓客戶失望：向客戶致歉，請{carrier}重新派送，並記錄客戶偏好的物流。',
    'Курьер подвёл клиента: извинитесь, попросите перевозчика ({carrier}) доставить повторно и запомните, каким перевозчиком клиент предпочитает получать.'),
  'damaged.request_photo': p('Every damage claim rests on a photo: ask for one of the item and the box.', '任何破损售后都需要照片：请客户拍下商品和外包装。', '任何破損售後都需要照片：請客戶拍下商品和外包裝。', 'Любая претензия о повреждении опирается на фото: попросите снимок товара и коробки.'),
  'damaged.cheap_reship': p('The photo shows the damage and the item is inexpensive ({goods}): reship it.', '照片显示确有破损，且商品价格不高（{goods}）：直接补发。', '照片顯示確有破損，且商品價格不高（{goods}）：直接補寄。', 'Фото подтверждает повреждение, товар недорогой ({goods}): отправьте замену.'),
  'damaged.partial_refund': p('The photo shows the damage: refund the damaged share ({refund}) so the customer can keep the rest.', '照片显示确有破损：按破损比例退款（{refund}），其余商品客户可继续使用。', '照片顯示確有破損：按破損比例退款（{refund}），其餘商品客戶可繼續使用。', 'Фото подтверждает повреждение: верните стоимость повреждённой части ({refund}), остальное клиент оставляет себе.'),
  'damaged.exchange': p('The photo shows the damage on a valuable item: exchange it, the store paying the postage.', '照片显示高价商品确有破损：为客户换货，运费由店铺承担。', '照片顯示高價商品確有破損：為客戶換貨，運費由店鋪承擔。', 'Фото подтверждает повреждение дорогого товара: обменяйте его за счёт магазина.'),
  'spoiled.request_photo': p('Food cannot be judged without a photo: ask for one, and how it was stored.', '生鲜问题无法凭描述判断：请客户拍照，并了解收货后的存放方式。', '生鮮問題無法憑描述判斷：請客戶拍照，並了解收貨後的存放方式。', 'Продукты не оценить без фото: попросите снимок и уточните, как их хранили.'),
  'spoiled.transit_exceeded': p('Transit took {transitDays} days, over the {normMaxDays}-day norm: replace it for the customer and claim from the carrier.', '运输用了 {transitDays} 天，超过 {normMaxDays} 天的正常时效：先为客户解决，再向快递索赔。', '運送用了 {transitDays} 天，超過 {normMaxDays} 天的正常時效：先為客戶解決，再向物流索賠。', 'Доставка заняла {transitDays} дн. при норме {normMaxDays}: решите вопрос с клиентом и предъявите претензию перевозчику.'),
  'spoiled.within_window': p('Transit was normal and the customer wrote promptly: reship, or refund by the spoiled share.', '运输时效正常，客户也及时反馈：补发，或按损坏比例退款。', '運送時效正常，客戶也及時回報：補寄，或按損壞比例退款。', 'Доставка уложилась в норму, клиент написал вовремя: отправьте замену или верните деньги за испорченную часть.'),
  'spoiled.late_cheap_goodwill': p('The customer wrote {contactDays} days after delivery, which cannot be verified, but the goods are inexpensive: reship or refund by share as goodwill — reviews matter more.', '客户签收 {contactDays} 天后才联系，无法核实，但商品不贵：作为善意补发或按比例退款，口碑更重要。', '客戶簽收 {contactDays} 天後才聯繫，無法核實，但商品不貴：作為善意補寄或按比例退款，口碑更重要。', 'Клиент написал через {contactDays} дн. после доставки, проверить это нельзя, но товар недорогой: в знак доброй воли отправьте замену или верните часть денег — отзывы важнее.'),
  'spoiled.late_expensive_decline': p('Reported {contactDays} days after delivery on expensive goods: decline kindly, explaining the delivery date and the storage advice.', '高价商品在签收 {contactDays} 天后才反馈：委婉说明签收时间和保存要求，礼貌拒绝。', '高價商品在簽收 {contactDays} 天後才回報：委婉說明簽收時間和保存要求，禮貌拒絕。', 'О дорогом товаре сообщили через {contactDays} дн. после доставки: вежливо откажите, объяснив дату вручения и условия хранения.'),
  'wrong_item.ladder_compensation': p('We sent the wrong item: apologise and first offer {compensation} to keep it — it saves the customer two trips to the post office.', '发错货是我们的责任：先致歉，并提供 {compensation} 补偿请客户保留商品，免去来回寄送的麻烦。', '寄錯貨是我們的責任：先致歉，並提供 {compensation} 補償請客戶保留商品，免去來回寄送的麻煩。', 'Мы отправили не тот товар: извинитесь и сначала предложите {compensation}, чтобы клиент оставил его себе — без поездок на почту.'),
  'wrong_item.ladder_exchange': p('We sent the wrong item: exchange it, the store paying the return postage; send the right one early if it is inexpensive.', '发错货：为客户换货，退回运费由店铺承担；商品不贵时可先发出正确商品。', '寄錯貨：為客戶換貨，退回運費由店鋪承擔；商品不貴時可先寄出正確商品。', 'Мы отправили не тот товар: обменяйте его, обратную пересылку оплачивает магазин; если товар недорогой, отправьте нужный сразу.'),
  'wrong_item.ladder_return_refund': p('We sent the wrong item: take it back at our cost and refund what was paid ({refund}).', '发错货：由店铺承担运费退回，并退还实付金额（{refund}）。', '寄錯貨：由店鋪承擔運費退回，並退還實付金額（{refund}）。', 'Мы отправили не тот товар: заберите его за счёт магазина и верните оплаченное ({refund}).'),
  'wrong_item.ladder_exhausted': p('Every rung of the ladder was declined: a supervisor should talk with the customer; a return and refund stays available.', '客户拒绝了所有方案：请主管与客户沟通，退货退款仍可提供。', '客戶拒絕了所有方案：請主管與客戶溝通，退貨退款仍可提供。', 'Клиент отказался от всех вариантов: подключите руководителя; возврат с возвратом денег остаётся доступным.'),
  'quality_doubt.defect_with_evidence': p('The photo shows a defect: exchange it or take it back with a refund.', '照片显示确有质量问题：换货或退货退款。', '照片顯示確有品質問題：換貨或退貨退款。', 'Фото показывает дефект: обменяйте товар или примите возврат с возвратом денег.'),
  'quality_doubt.explain_usage': p('Most quality doubts are about use: explain how to use and care for it, and ask for a photo if it still seems wrong.', '多数质量疑问源于使用方法：先说明使用和保养方法，如仍有问题请客户拍照。', '多數品質疑問源於使用方法：先說明使用和保養方法，如仍有問題請客戶拍照。', 'Чаще всего сомнения связаны с использованием: объясните, как пользоваться и ухаживать, и попросите фото, если что-то всё же не так.'),
  'personalization_error.shop_redo_free': p('What we made ({produced}) differs from what the customer entered ({entered}): our error — redo it free and fast, with an apology gift.', '制作内容（{produced}）与客户填写的（{entered}）不一致：是我们的错误——免费加急重做，并附致歉礼物。', '製作內容（{produced}）與客戶填寫的（{entered}）不一致：是我們的錯誤——免費加急重做，並附致歉禮物。', 'Сделанное ({produced}) не совпадает с тем, что ввёл клиент ({entered}): наша ошибка — переделайте бесплатно и быстро, с подарком в знак извинения.'),
  'personalization_error.customer_redo_at_cost': p('We made exactly what the customer entered ({entered}); they wanted {wanted}: offer to redo it at cost, with a free redo as goodwill if the customer matters.', '我们完全按客户填写的内容（{entered}）制作；客户想要的是 {wanted}：提供按成本重做，必要时可作为善意免费重做。', '我們完全按客戶填寫的內容（{entered}）製作；客戶想要的是 {wanted}：提供按成本重做，必要時可作為善意免費重做。', 'Мы сделали ровно то, что ввёл клиент ({entered}); он хотел {wanted}: предложите переделку по себестоимости, а бесплатную — как жест доброй воли.'),
  'personalization_error.customer_redo_free': p('We made exactly what the customer entered ({entered}); they wanted {wanted}: store policy is a free redo as goodwill.', '我们完全按客户填写的内容（{entered}）制作；客户想要的是 {wanted}：按店铺政策作为善意免费重做。', '我們完全按客戶填寫的內容（{entered}）製作；客戶想要的是 {wanted}：按店鋪政策作為善意免費重做。', 'Мы сделали ровно то, что ввёл клиент ({entered}); он хотел {wanted}: по правилам магазина переделайте бесплатно.'),
  'personalization_error.verify_spec': p('The item matches the spec on file: ask the customer for a photo and what they expected before deciding.', '成品与订单填写内容一致：先请客户拍照并说明期望，再决定处理方式。', '成品與訂單填寫內容一致：先請客戶拍照並說明期望，再決定處理方式。', 'Изделие соответствует заказу: попросите фото и уточните, что клиент ожидал, прежде чем решать.'),
  '*.unshipped_cancel': p('Nothing has shipped: cancel the order and refund it in full ({refund}).', '订单尚未发货：取消订单并全额退款（{refund}）。', '訂單尚未出貨：取消訂單並全額退款（{refund}）。', 'Заказ ещё не отправлен: отмените его и верните всю сумму ({refund}).'),
  '*.outside_window': p('The {returnWindowDays}-day return window has closed: decline kindly; an exchange can still be offered as goodwill.', '已超过 {returnWindowDays} 天退换期：委婉拒绝，可视情况作为善意提供换货。', '已超過 {returnWindowDays} 天退換期：委婉拒絕，可視情況作為善意提供換貨。', 'Срок возврата {returnWindowDays} дн. истёк: вежливо откажите; обмен можно предложить в знак доброй воли.'),
  '*.within_window': p('Within the {returnWindowDays}-day return window: accept it; a refund returns what was actually paid ({refund}).', '在 {returnWindowDays} 天退换期内：同意处理；退款按实付金额计算（{refund}）。', '在 {returnWindowDays} 天退換期內：同意處理；退款按實付金額計算（{refund}）。', 'В пределах срока возврата ({returnWindowDays} дн.): примите; возвращается фактически оплаченное ({refund}).'),
  'cancel_order.unshipped': p('Nothing has shipped: cancel the order and refund it in full ({refund}).', '订单尚未发货：取消订单并全额退款（{refund}）。', '訂單尚未出貨：取消訂單並全額退款（{refund}）。', 'Заказ ещё не отправлен: отмените его и верните всю сумму ({refund}).'),
  'cancel_order.intercept': p('The parcel is on its way: ask {carrier} to intercept it and refund once it is back.', '包裹已发出：请{carrier}拦截退回，退回后退款。', '包裹已寄出：請{carrier}攔截退回，退回後退款。', 'Посылка уже в пути: попросите перевозчика ({carrier}) вернуть её и верните деньги после возврата.'),
  'cancel_order.delivered_return': p('The order has arrived: a cancellation becomes a return and refund.', '订单已签收：取消改为退货退款处理。', '訂單已簽收：取消改為退貨退款處理。', 'Заказ уже доставлен: отмена оформляется как возврат.'),
  '*.deny_other_identity': p('The message does not come from the account that placed the order: share and change nothing; ask them kindly to write from the ordering account.', '来信账号不是下单账号：不透露、不修改任何订单信息，礼貌请对方用下单账号联系。', '來信帳號不是下單帳號：不透露、不修改任何訂單資訊，禮貌請對方用下單帳號聯繫。', 'Сообщение пришло не с аккаунта, оформившего заказ: ничего не сообщайте и не меняйте; вежливо попросите написать с аккаунта заказа.'),
  'change_info.change_address': p('The ordering account asks before shipping: change the address.', '下单账号在发货前提出：直接修改地址。', '下單帳號在出貨前提出：直接修改地址。', 'Запрос с аккаунта заказа до отправки: измените адрес.'),
  'change_info.shipped_redirect': p('The parcel has left: ask {carrier} to redirect it.', '包裹已发出：请{carrier}改派。', '包裹已寄出：請{carrier}改派。', 'Посылка уже отправлена: попросите перевозчика ({carrier}) переадресовать её.'),
  'payment_issue.hold_cheque': p('The personal cheque has not cleared (about {clearanceDays} days, until {clearsBy}): hold the order until it clears, or cancel if the date cannot be met — never ship on an uncleared cheque.', '个人支票尚未兑现（约需 {clearanceDays} 天，至 {clearsBy}）：兑现前暂不发货，如赶不上日期可取消订单——绝不在支票兑现前发货。', '個人支票尚未兌現（約需 {clearanceDays} 天，至 {clearsBy}）：兌現前暫不出貨，如趕不上日期可取消訂單——絕不在支票兌現前出貨。', 'Личный чек ещё не обналичен (около {clearanceDays} дн., до {clearsBy}): держите заказ до поступления денег или отмените, если к сроку не успеть, — никогда не отправляйте по необеспеченному чеку.'),
  'payment_issue.answer': p('A payment question: answer it with the facts of the order.', '付款问题：根据订单信息如实解答。', '付款問題：根據訂單資訊如實解答。', 'Вопрос об оплате: ответьте по данным заказа.'),
  'service_complaint.escalate': p('A complaint about how we treated the customer: a supervisor takes it over, apologises and offers compensation.', '客户投诉服务态度：由主管接手，致歉并给予补偿。', '客戶投訴服務態度：由主管接手，致歉並給予補償。', 'Жалоба на обслуживание: дело берёт руководитель, извиняется и предлагает компенсацию.'),
  'order_status.in_transit_facts': p('The parcel is on its way: answer at once with the carrier, tracking number and honest estimate ({estimate}).', '包裹运输中：立即回复快递公司、单号和如实的预计到达时间（{estimate}）。', '包裹運送中：立即回覆物流公司、單號和如實的預計到達時間（{estimate}）。', 'Посылка в пути: сразу сообщите перевозчика, трек-номер и честный срок ({estimate}).'),
  '*.ask_order_number': p('The case file has no order: soothe, then ask for the order number before anything else.', '尚未关联订单：先安抚客户，再请客户提供订单号。', '尚未關聯訂單：先安撫客戶，再請客戶提供訂單號。', 'Заказ не найден: успокойте клиента и сначала попросите номер заказа.'),
  '*.answer': p('Answer quickly, warmly and with the facts; no message goes unanswered.', '快速、热情、真诚地回复，任何消息都不能不回。', '快速、熱情、真誠地回覆，任何訊息都不能不回。', 'Ответьте быстро, тепло и по существу: ни одно сообщение не остаётся без ответа.'),
};
