// S17: every new case gets an immediate, short and warm acknowledgement in the customer's language
// (zh-Hans, zh-Hant, en, ru), otherwise in the store's language, otherwise English.
import type { LanguageTag } from '../types.ts';

export type Acknowledgement = { language: LanguageTag; subject: string; text: string };
export type AcknowledgementInput = {
  customerLanguage: LanguageTag;
  storeLanguage: LanguageTag;
  storeName: string;
  caseRef: string;
  dueHours: number;
};

type Phrases = {
  subject: (ref: string) => string;
  body: (store: string, hours: string) => string;
  hours: (n: number) => string;
};

const PHRASES: Record<string, Phrases> = {
  'zh-Hans': {
    subject: (ref) => `${ref} 我们已收到您的消息`,
    body: (store, hours) =>
      `您好！感谢您联系${store}。我们已经收到您的消息，客服会在${hours}内亲自回复您。如有照片或订单号，直接回复这封邮件即可。`,
    hours: (n) => `${n}小时`,
  },
  'zh-Hant': {
    subject: (ref) => `${ref} 我們已收到您的訊息`,
    body: (store, hours) =>
      `您好！感謝您聯絡${store}。我們已經收到您的訊息，客服會在${hours}內親自回覆您。如有照片或訂單號碼，直接回覆這封郵件即可。`,
    hours: (n) => `${n}小時`,
  },
  en: {
    subject: (ref) => `${ref} We have your message`,
    body: (store, hours) =>
      `Hello, and thank you for contacting ${store}. We have your message and a member of our team will reply personally within ${hours}. If you have photos or an order number, just reply to this email.`,
    hours: (n) => (n === 1 ? '1 hour' : `${n} hours`),
  },
  ru: {
    subject: (ref) => `${ref} Мы получили ваше сообщение`,
    body: (store, hours) =>
      `Здравствуйте! Спасибо, что написали в ${store}. Мы получили ваше сообщение, и наш сотрудник лично ответит вам в течение ${hours}. Если у вас есть фото или номер заказа, просто ответьте на это письмо.`,
    hours: (n) => `${n} ${pluralRu(n, 'часа', 'часов', 'часов')}`,
  },
};

/** The automatic acknowledgement for a new case, in the best language we can write well. */
export function composeAcknowledgement(input: AcknowledgementInput): Acknowledgement {
  const language = pickLanguage(input.customerLanguage, input.storeLanguage);
  const phrases = PHRASES[language] ?? PHRASES.en;
  if (!phrases) throw new Error('English phrases missing');
  const hours = Math.max(1, Math.ceil(input.dueHours));
  return {
    language,
    subject: phrases.subject(input.caseRef),
    text: phrases.body(input.storeName, phrases.hours(hours)),
  };
}

function pickLanguage(customer: LanguageTag, store: LanguageTag): LanguageTag {
  const normalise = (tag: LanguageTag): string | undefined => {
    if (PHRASES[tag]) return tag;
    if (/^zh-(tw|hk|mo)|^zh-hant/i.test(tag)) return 'zh-Hant';
    if (/^zh/i.test(tag)) return 'zh-Hans';
    const base = tag.split('-')[0]?.toLowerCase() ?? '';
    return PHRASES[base] ? base : undefined;
  };
  return normalise(customer) ?? normalise(store) ?? 'en';
}

// "в течение 1 часа / 2 часов / 5 часов": genitive after "в течение" for all forms except 1.
function pluralRu(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}
