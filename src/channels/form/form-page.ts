// The self-service contact page: one HTML document with its script inline, in the visitor's
// language (zh-Hans, zh-Hant, en, ru). Everything shown from the server goes in as textContent.
import type { FormCategory } from './form-case.ts';

type Lang = 'zh-Hans' | 'zh-Hant' | 'en' | 'ru';
type Words = Record<
  | 'title'
  | 'find'
  | 'order'
  | 'contact'
  | 'go'
  | 'notFound'
  | 'tooMany'
  | 'status'
  | 'problem'
  | 'describe'
  | 'photos'
  | 'send'
  | 'sent'
  | 'conversation'
  | 'reply'
  | 'you'
  | 'us',
  string
> & { categories: Record<FormCategory, string> };

const WORDS: Record<Lang, Words> = {
  en: {
    title: 'Help with an order',
    find: 'Find your order',
    order: 'Order number',
    contact: 'Email or phone used for the order',
    go: 'Continue',
    notFound: 'We could not find an order with these details. Please check them and try again.',
    tooMany: 'Too many attempts. Please wait a few minutes.',
    status: 'Order status',
    problem: 'What went wrong?',
    describe: 'Tell us what happened',
    photos: 'Photos (optional)',
    send: 'Send',
    sent: 'Thank you — we have your message.',
    conversation: 'Your conversation with us',
    reply: 'Write to us',
    you: 'You',
    us: 'Us',
    categories: {
      delayed_or_lost: 'Parcel late or lost',
      delivered_not_received: 'Marked delivered, not received',
      missing_items: 'Items missing',
      damaged: 'Arrived damaged',
      wrong_item: 'Wrong item',
      quality_doubt: 'Quality or how to use',
      return_exchange: 'Return or exchange',
      refund_request: 'Refund',
      change_info: 'Change address or details',
      general: 'Something else',
    },
  },
  'zh-Hans': {
    title: '订单帮助',
    find: '查找您的订单',
    order: '订单号',
    contact: '下单时使用的邮箱或手机号',
    go: '继续',
    notFound: '没有找到符合这些信息的订单，请检查后再试。',
    tooMany: '尝试次数过多，请几分钟后再试。',
    status: '订单状态',
    problem: '遇到了什么问题？',
    describe: '请告诉我们发生了什么',
    photos: '照片（可选）',
    send: '提交',
    sent: '谢谢，我们已收到您的消息。',
    conversation: '您与我们的对话',
    reply: '给我们留言',
    you: '您',
    us: '客服',
    categories: {
      delayed_or_lost: '包裹延误或丢失',
      delivered_not_received: '显示签收但没收到',
      missing_items: '少件',
      damaged: '商品破损',
      wrong_item: '发错货',
      quality_doubt: '质量或使用问题',
      return_exchange: '退换货',
      refund_request: '退款',
      change_info: '修改地址或信息',
      general: '其他问题',
    },
  },
  'zh-Hant': {
    title: '訂單協助',
    find: '查詢您的訂單',
    order: '訂單編號',
    contact: '下單時使用的電子郵件或手機號碼',
    go: '繼續',
    notFound: '找不到符合這些資料的訂單，請確認後再試。',
    tooMany: '嘗試次數過多，請幾分鐘後再試。',
    status: '訂單狀態',
    problem: '遇到了什麼問題？',
    describe: '請告訴我們發生了什麼事',
    photos: '照片（選填）',
    send: '送出',
    sent: '謝謝，我們已收到您的訊息。',
    conversation: '您與我們的對話',
    reply: '留言給我們',
    you: '您',
    us: '客服',
    categories: {
      delayed_or_lost: '包裹延誤或遺失',
      delivered_not_received: '顯示已簽收但沒收到',
      missing_items: '少件',
      damaged: '商品破損',
      wrong_item: '寄錯商品',
      quality_doubt: '品質或使用問題',
      return_exchange: '退換貨',
      refund_request: '退款',
      change_info: '修改地址或資料',
      general: '其他問題',
    },
  },
  ru: {
    title: 'Помощь с заказом',
    find: 'Найдите свой заказ',
    order: 'Номер заказа',
    contact: 'Email или телефон, указанный в заказе',
    go: 'Продолжить',
    notFound: 'Мы не нашли заказ с такими данными. Проверьте их и попробуйте ещё раз.',
    tooMany: 'Слишком много попыток. Подождите несколько минут.',
    status: 'Статус заказа',
    problem: 'Что случилось?',
    describe: 'Расскажите, что произошло',
    photos: 'Фото (по желанию)',
    send: 'Отправить',
    sent: 'Спасибо, мы получили ваше сообщение.',
    conversation: 'Ваша переписка с нами',
    reply: 'Написать нам',
    you: 'Вы',
    us: 'Мы',
    categories: {
      delayed_or_lost: 'Посылка задерживается или потерялась',
      delivered_not_received: 'Отмечено «доставлено», но не получено',
      missing_items: 'Не хватает товаров',
      damaged: 'Пришло повреждённым',
      wrong_item: 'Прислали не тот товар',
      quality_doubt: 'Качество или как пользоваться',
      return_exchange: 'Возврат или обмен',
      refund_request: 'Возврат денег',
      change_info: 'Изменить адрес или данные',
      general: 'Другое',
    },
  },
};

/** The page's language from ?lang= or Accept-Language; English otherwise. */
export function pickFormLanguage(query: string | undefined, acceptLanguage: string | undefined): Lang {
  const wanted = `${query ?? ''},${acceptLanguage ?? ''}`.toLowerCase();
  const first =
    wanted
      .split(',')
      .map((s) => s.split(';')[0]?.trim() ?? '')
      .find((s) => /^(zh|ru|en)/.test(s)) ?? '';
  if (first.startsWith('zh')) return /(tw|hk|mo|hant)/.test(first) ? 'zh-Hant' : 'zh-Hans';
  return first.startsWith('ru') ? 'ru' : 'en';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The whole page for one store, posting to the form API under `apiBase`. */
export function renderFormPage(storeName: string, apiBase: string, lang: Lang, maxPhotoBytes: number): string {
  const w = WORDS[lang];
  const options = Object.entries(w.categories)
    .map(([value, label]) => `<option value="${value}">${escapeHtml(label)}</option>`)
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w.title)} · ${escapeHtml(storeName)}</title>
<style>body{font:16px system-ui,sans-serif;max-width:640px;margin:24px auto;padding:0 16px;color:#1b1b1b}label{display:block;margin:12px 0 4px}
input,select,textarea{width:100%;box-sizing:border-box;padding:8px;font:inherit;border:1px solid #999;border-radius:6px}button{margin-top:12px;padding:10px 18px;font:inherit;border:0;border-radius:6px;background:#1f5f8b;color:#fff;cursor:pointer}
[hidden]{display:none!important}.error{color:#a40000}.note{color:#1d6b2f}ol{list-style:none;padding:0}li{margin:8px 0;padding:8px 12px;border-radius:8px;background:#f0f0f0;white-space:pre-wrap}li.in{background:#dcebf7}</style></head>
<body><h1>${escapeHtml(storeName)} — ${escapeHtml(w.title)}</h1>
<form id="find"><h2>${escapeHtml(w.find)}</h2><label for="order">${escapeHtml(w.order)}</label><input id="order" name="order" required maxlength="100" autocomplete="off">
<label for="contact">${escapeHtml(w.contact)}</label><input id="contact" name="contact" required maxlength="320"><button type="submit">${escapeHtml(w.go)}</button><p id="find-error" class="error" role="alert"></p></form>
<section id="case" hidden><h2>${escapeHtml(w.status)}: <span id="order-status"></span></h2><p id="case-status"></p>
<h2 id="conversation-title" hidden>${escapeHtml(w.conversation)}</h2><ol id="messages" aria-live="polite"></ol>
<form id="report"><label for="category">${escapeHtml(w.problem)}</label><select id="category" name="category">${options}</select>
<label for="text">${escapeHtml(w.describe)}</label><textarea id="text" name="text" rows="5" required maxlength="20000"></textarea>
<label for="photos">${escapeHtml(w.photos)}</label><input id="photos" name="photos" type="file" accept="image/*" multiple>
<button type="submit">${escapeHtml(w.send)}</button><p id="report-note" class="note" role="status"></p><p id="report-error" class="error" role="alert"></p></form></section>
<script>
(() => {
  const api = ${JSON.stringify(apiBase)}, W = ${JSON.stringify({ notFound: w.notFound, tooMany: w.tooMany, sent: w.sent, you: w.you, us: w.us, reply: w.reply })}, MAX = ${maxPhotoBytes};
  const $ = (id) => document.getElementById(id);
  let token = sessionStorage.getItem('aftersales-form:' + api);
  const authed = (path, init = {}) => fetch(api + path, { ...init, headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token } });
  function render(data) {
    $('find').hidden = true; $('case').hidden = false;
    $('order-status').textContent = data.order.number + ' — ' + data.order.status;
    $('case-status').textContent = data.case ? data.case.ref + ' · ' + data.case.status : '';
    const list = $('messages'); list.textContent = '';
    $('conversation-title').hidden = !data.case;
    if (data.case) {
      $('category').closest('form').querySelector('label').hidden = true; $('category').hidden = true;
      $('text').previousElementSibling.textContent = W.reply;
      for (const m of data.case.messages) { const li = document.createElement('li'); li.className = m.direction; li.textContent = (m.direction === 'in' ? W.you : W.us) + ': ' + m.body; list.appendChild(li); }
    }
  }
  async function refresh() {
    const res = await authed('/session');
    if (res.status === 401) { sessionStorage.removeItem('aftersales-form:' + api); token = null; $('find').hidden = false; $('case').hidden = true; return; }
    if (res.ok) render(await res.json());
  }
  $('find').addEventListener('submit', async (event) => {
    event.preventDefault(); $('find-error').textContent = '';
    const res = await fetch(api + '/verify', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orderNumber: $('order').value, contact: $('contact').value }) });
    if (!res.ok) { $('find-error').textContent = res.status === 429 ? W.tooMany : W.notFound; return; }
    token = (await res.json()).token; sessionStorage.setItem('aftersales-form:' + api, token); await refresh();
  });
  const readPhoto = (file) => new Promise((resolve, reject) => {
    if (file.size > MAX) return resolve(null);
    const reader = new FileReader(); reader.onerror = reject;
    reader.onload = () => resolve({ kind: 'photo', name: file.name, contentType: file.type || 'image/jpeg', dataBase64: String(reader.result).split(',')[1] });
    reader.readAsDataURL(file);
  });
  $('report').addEventListener('submit', async (event) => {
    event.preventDefault(); $('report-error').textContent = ''; $('report-note').textContent = '';
    const photos = (await Promise.all([...$('photos').files].slice(0, 5).map(readPhoto))).filter(Boolean);
    const res = await authed('/report', { method: 'POST', body: JSON.stringify({ category: $('category').value, text: $('text').value, photos }) });
    if (!res.ok) { $('report-error').textContent = (await res.json()).detail || 'Error'; return; }
    $('text').value = ''; $('photos').value = ''; $('report-note').textContent = W.sent; await refresh();
  });
  if (token) refresh();
  setInterval(() => { if (token) refresh(); }, 5000);
})();
</script></body></html>`;
}
