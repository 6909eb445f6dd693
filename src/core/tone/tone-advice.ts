import type { CoreLanguage } from '../types.ts';
import type { ToneKind } from './check-tone.ts';

/** Why each kind hurts, in one line (shown to the agent). */
export const TONE_REASONS: Record<ToneKind, string> = {
  rebuttal: 'Contradicts what the customer reports; arguing back escalates the dispute (S10, S20).',
  doubting_customer: "Questions the customer's honesty; ask for facts neutrally instead (S10).",
  rhetorical_question: 'A rhetorical question reads as a reproach; state the fact or ask a real question (S10).',
  sarcasm: 'Sarcasm or mockery reads as contempt for the customer.',
  blaming_customer: 'Blames the customer; explain what happened and what you will do instead.',
  dismissive: 'Pushes the problem away; say what you will do and when.',
  others_never_complained: '"Nobody else complained" tells the customer they are the problem (S10).',
  over_promise: 'Promises a date or a certainty you cannot control; give an honest range (S16).',
  privacy_disclosure: 'Reveals order data to someone who is not the ordering identity (S8).',
};

/** A better phrasing for each kind, in each language (zh-Hant written out, not converted). */
export const TONE_SUGGESTIONS: Record<CoreLanguage, Record<ToneKind, string>> = {
  en: {
    rebuttal: "I'm sorry it arrived like this. Could you send me a photo so I can sort it out for you right away?",
    doubting_customer:
      'Thank you for letting us know. To check this quickly, could you tell me a little more about what you received?',
    rhetorical_question: 'The latest tracking update shows where the parcel is now; I have copied it here for you.',
    sarcasm: "I understand this is frustrating, and I'm sorry. Here is what I'll do next.",
    blaming_customer: "Let's fix this together: here is what we can do now.",
    dismissive: "I'll take this up with the carrier myself and update you by tomorrow.",
    others_never_complained:
      "I'm sorry your order didn't meet expectations; thank you for telling us so we can look into it.",
    over_promise:
      'Based on recent deliveries it is expected between ⟨earliest⟩ and ⟨latest⟩; I will let you know if anything changes.',
    privacy_disclosure:
      'For your security we can only share order details with the account that placed the order; please write to us from that account.',
  },
  'zh-Hans': {
    rebuttal: '非常抱歉让您收到这样的商品，麻烦您拍张照片给我，我马上为您处理。',
    doubting_customer: '谢谢您告诉我们，为了尽快核实，能麻烦您描述一下收到时的情况吗？',
    rhetorical_question: '我帮您查了最新的物流信息，包裹目前在这里，我把详情发给您。',
    sarcasm: '理解您的心情，给您添麻烦了，接下来我会这样为您处理。',
    blaming_customer: '我们一起来解决，目前可以为您这样处理。',
    dismissive: '我这边会主动联系快递核实，明天之前给您回复进展。',
    others_never_complained: '很抱歉这次没能让您满意，谢谢您的反馈，我们会认真核查。',
    over_promise: '根据近期的配送情况，预计在⟨最早⟩到⟨最晚⟩之间送达，有变化我会第一时间通知您。',
    privacy_disclosure: '为了保护订单信息安全，我们只能向下单账号提供订单详情，麻烦您使用下单账号联系我们。',
  },
  'zh-Hant': {
    rebuttal: '非常抱歉讓您收到這樣的商品，麻煩您拍張照片給我，我馬上為您處理。',
    doubting_customer: '謝謝您告訴我們，為了盡快核實，能麻煩您描述一下收到時的情況嗎？',
    rhetorical_question: '我幫您查了最新的物流資訊，包裹目前在這裡，我把詳情發給您。',
    sarcasm: '理解您的心情，給您添麻煩了，接下來我會這樣為您處理。',
    blaming_customer: '我們一起來解決，目前可以為您這樣處理。',
    dismissive: '我這邊會主動聯繫快遞核實，明天之前給您回覆進展。',
    others_never_complained: '很抱歉這次沒能讓您滿意，謝謝您的回饋，我們會認真核查。',
    over_promise: '根據近期的配送情況，預計在⟨最早⟩到⟨最晚⟩之間送達，有變化我會第一時間通知您。',
    privacy_disclosure: '為了保護訂單資訊安全，我們只能向下單帳號提供訂單詳情，麻煩您使用下單帳號聯繫我們。',
  },
  ru: {
    rebuttal: 'Мне очень жаль, что заказ пришёл в таком виде. Пришлите, пожалуйста, фото — я сразу займусь решением.',
    doubting_customer:
      'Спасибо, что сообщили. Чтобы быстрее разобраться, расскажите, пожалуйста, подробнее, что вы получили.',
    rhetorical_question: 'Я проверил(а) отслеживание: вот где сейчас посылка и что будет дальше.',
    sarcasm: 'Понимаю ваше недовольство и приношу извинения. Вот что я сделаю дальше.',
    blaming_customer: 'Давайте решим это вместе: вот что мы можем сделать сейчас.',
    dismissive: 'Я сам(а) свяжусь со службой доставки и сообщу вам новости до завтра.',
    others_never_complained: 'Мне жаль, что заказ вас разочаровал; спасибо, что написали — мы во всём разберёмся.',
    over_promise:
      'По последним доставкам ожидаем посылку с ⟨самая ранняя дата⟩ по ⟨самая поздняя дата⟩; если что-то изменится, я сразу сообщу.',
    privacy_disclosure:
      'Ради безопасности мы сообщаем данные заказа только аккаунту, с которого он оформлен; напишите нам, пожалуйста, с этого аккаунта.',
  },
};
