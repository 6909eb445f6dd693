// The Aftersales chat widget: one script tag on the store's site.
//   <script src="https://desk.example/api/v1/channels/chat/widget.js" data-store="<store id>" async></script>
// A button opens a panel (in a shadow root, so the site's CSS cannot break it); the conversation
// lives on the desk and resumes after a reload (the session token is kept in localStorage).
(() => {
  const script = document.currentScript;
  if (!script) return;
  const storeId = script.getAttribute('data-store');
  const origin = new URL(script.src).origin;
  const key = `aftersales-chat:${storeId}`;
  const lang = (script.getAttribute('data-lang') || navigator.language || 'en').toLowerCase();
  const T = {
    'zh-hans': {
      open: '联系客服',
      title: '在线客服',
      placeholder: '请输入消息…',
      send: '发送',
      offline: '正在重新连接…',
      verify: '有订单？验证一下',
      order: '订单号',
      contact: '下单邮箱或手机号',
      check: '验证',
      verified: '已验证，客服可以看到您的订单。',
      notFound: '没有找到符合的订单。',
    },
    'zh-hant': {
      open: '聯絡客服',
      title: '線上客服',
      placeholder: '請輸入訊息…',
      send: '傳送',
      offline: '正在重新連線…',
      verify: '有訂單？驗證一下',
      order: '訂單編號',
      contact: '下單電子郵件或手機號碼',
      check: '驗證',
      verified: '已驗證，客服可以看到您的訂單。',
      notFound: '找不到符合的訂單。',
    },
    ru: {
      open: 'Написать нам',
      title: 'Чат поддержки',
      placeholder: 'Ваше сообщение…',
      send: 'Отправить',
      offline: 'Переподключение…',
      verify: 'Есть заказ? Подтвердите его',
      order: 'Номер заказа',
      contact: 'Email или телефон заказа',
      check: 'Подтвердить',
      verified: 'Подтверждено: оператор видит ваш заказ.',
      notFound: 'Заказ с такими данными не найден.',
    },
    en: {
      open: 'Chat with us',
      title: 'Customer care',
      placeholder: 'Type a message…',
      send: 'Send',
      offline: 'Reconnecting…',
      verify: 'Have an order? Verify it',
      order: 'Order number',
      contact: 'Email or phone of the order',
      check: 'Verify',
      verified: 'Verified: we can see your order now.',
      notFound: 'No order matches these details.',
    },
  };
  const pick = lang.startsWith('zh')
    ? /(tw|hk|mo|hant)/.test(lang)
      ? 'zh-hant'
      : 'zh-hans'
    : lang.startsWith('ru')
      ? 'ru'
      : 'en';
  const t = T[pick];

  const host = document.createElement('div');
  host.id = 'aftersales-chat';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `
    <style>
      :host { all: initial; }
      .btn { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; padding: 12px 18px; border: 0; border-radius: 24px;
        background: #1f5f8b; color: #fff; font: 15px system-ui, sans-serif; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
      .panel { position: fixed; right: 20px; bottom: 76px; z-index: 2147483000; width: 340px; max-width: calc(100vw - 40px); height: 440px;
        display: none; flex-direction: column; background: #fff; border-radius: 12px; box-shadow: 0 4px 24px rgba(0,0,0,.25); font: 14px system-ui, sans-serif; color: #1b1b1b; }
      .panel.open { display: flex; }
      header { padding: 12px 16px; background: #1f5f8b; color: #fff; border-radius: 12px 12px 0 0; font-weight: 600; }
      ol { flex: 1; overflow-y: auto; margin: 0; padding: 12px; list-style: none; }
      li { margin: 6px 0; padding: 8px 12px; border-radius: 10px; max-width: 80%; white-space: pre-wrap; word-wrap: break-word; }
      li.in { margin-left: auto; background: #dcebf7; }
      li.out { background: #f0f0f0; }
      form { display: flex; gap: 6px; padding: 8px; border-top: 1px solid #ddd; }
      input { flex: 1; padding: 8px; border: 1px solid #bbb; border-radius: 6px; font: inherit; }
      button[type=submit] { padding: 8px 12px; border: 0; border-radius: 6px; background: #1f5f8b; color: #fff; font: inherit; cursor: pointer; }
      .status { padding: 0 12px; color: #8a5a00; font-size: 12px; min-height: 16px; }
      .verify { padding: 0 12px 6px; font-size: 12px; }
      .verify input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0; padding: 6px; }
      .verify button { padding: 4px 10px; border: 0; border-radius: 6px; background: #1f5f8b; color: #fff; cursor: pointer; }
    </style>
    <button class="btn" type="button" aria-expanded="false">${t.open}</button>
    <section class="panel" role="dialog" aria-label="${t.title}">
      <header>${t.title}</header>
      <ol aria-live="polite"></ol>
      <div class="status" role="status"></div>
      <details class="verify"><summary>${t.verify}</summary>
        <input name="order" aria-label="${t.order}" placeholder="${t.order}" maxlength="100">
        <input name="contact" aria-label="${t.contact}" placeholder="${t.contact}" maxlength="320">
        <button type="button" class="check">${t.check}</button><span class="verify-note" role="status"></span></details>
      <form><input name="text" autocomplete="off" aria-label="${t.placeholder}" placeholder="${t.placeholder}" maxlength="4000"><button type="submit">${t.send}</button></form>
    </section>`;
  document.body.appendChild(host);
  const btn = root.querySelector('.btn');
  const panel = root.querySelector('.panel');
  const list = root.querySelector('ol');
  const status = root.querySelector('.status');
  const form = root.querySelector('form');
  const input = root.querySelector('input[name=text]');
  const shown = new Set();
  const pending = [];
  let socket;
  let retry = 500;

  function show(message) {
    if (shown.has(message.id)) return;
    shown.add(message.id);
    const item = document.createElement('li');
    item.className = message.direction === 'in' ? 'in' : 'out';
    item.textContent = message.body;
    list.appendChild(item);
    list.scrollTop = list.scrollHeight;
  }

  async function token() {
    const saved = localStorage.getItem(key);
    if (saved) return saved;
    const res = await fetch(`${origin}/api/v1/channels/chat/${storeId}/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: pick }),
    });
    if (!res.ok) throw new Error(`chat session refused: ${res.status}`);
    const body = await res.json();
    localStorage.setItem(key, body.token);
    return body.token;
  }

  async function connect() {
    const ws = new WebSocket(
      `${origin.replace(/^http/, 'ws')}/api/v1/channels/chat/ws?token=${encodeURIComponent(await token())}`,
    );
    socket = ws;
    ws.onopen = () => {
      retry = 500;
      status.textContent = '';
      while (pending.length) ws.send(JSON.stringify(pending.shift()));
    };
    ws.onmessage = (event) => {
      const data = JSON.parse(event.data);
      if (data.type === 'history') data.messages.forEach(show);
      if (data.type === 'message') show(data.message);
      if (data.type === 'expired') {
        localStorage.removeItem(key);
        ws.close();
      }
    };
    ws.onclose = () => {
      status.textContent = t.offline;
      setTimeout(() => connect().catch(() => undefined), retry);
      retry = Math.min(retry * 2, 15000);
    };
  }

  root.querySelector('.check').addEventListener('click', async () => {
    const note = root.querySelector('.verify-note');
    const res = await fetch(`${origin}/api/v1/channels/chat/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
      body: JSON.stringify({
        orderNumber: root.querySelector('input[name=order]').value,
        contact: root.querySelector('input[name=contact]').value,
      }),
    });
    note.textContent = res.ok ? ` ${t.verified}` : ` ${t.notFound}`;
  });
  btn.addEventListener('click', () => {
    const open = panel.classList.toggle('open');
    btn.setAttribute('aria-expanded', String(open));
    if (open) input.focus();
    // A session is made only when someone opens the chat, not for every page view.
    if (open && !socket)
      connect().catch(() => {
        status.textContent = t.offline;
      });
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    const frame = {
      type: 'message',
      text,
      clientId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    };
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
    else pending.push(frame);
  });
  if (localStorage.getItem(key)) {
    panel.classList.add('open');
    btn.setAttribute('aria-expanded', 'true');
    connect().catch(() => {
      status.textContent = t.offline;
    });
  }
})();
