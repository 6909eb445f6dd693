// The self-service contact page: verification that reveals nothing to a mismatch and stops guessing,
// a report with a photo that opens a case for the verified identity, and — in Chromium — the whole
// visit: find the order, report, see the agent's reply appear.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { attachments, cases, messages } from '../../src/db/schema/index.ts';
import { launchChromium, noChromium } from '../helpers/chromium.ts';
import { buildOrder, buildStore, buildUser } from '../helpers/factories.ts';
import { startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';

const PHOTO = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
);

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let desk: Awaited<ReturnType<typeof startApp>>;
let storeId: string;
let api: string;

before(async () => {
  deps = await createTestDeps();
  desk = await startApp(deps);
  const store = await buildStore(deps, { name: 'Linen & Co' });
  storeId = store.id;
  api = `${desk.baseUrl}/api/v1/channels/form/${storeId}`;
  await buildOrder(deps, storeId, { number: 'A1001', identity: 'email:wang@customer.example' });
  await buildOrder(deps, storeId, { number: 'A1002', identity: 'phone:+8613800138000' });
});
after(async () => {
  await desk.close();
  await deps.cleanup();
});

const post = async (path: string, body: unknown, token?: string) => {
  const res = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
};
const tokenOf = (text: string) => String(JSON.parse(text).token);

test('a wrong contact and an unknown order get the same answer; the right one gets in', async () => {
  const unknown = await post('/verify', { orderNumber: 'Z9999', contact: 'wang@customer.example' });
  const wrong = await post('/verify', { orderNumber: 'A1001', contact: 'someone@else.example' });
  assert.equal(unknown.status, 404);
  assert.equal(wrong.status, 404);
  assert.equal(wrong.text, unknown.text, 'nothing tells the two apart');
  assert.equal(
    (await post('/verify', { orderNumber: 'A1002', contact: '+86 138-0013-8000' })).status,
    201,
    'a phone number, however typed',
  );
  const ok = await post('/verify', { orderNumber: '#A1001', contact: 'Wang@Customer.example' });
  assert.equal(ok.status, 201);
  const status = await fetch(`${api}/session`, { headers: { authorization: `Bearer ${tokenOf(ok.text)}` } });
  assert.equal(status.status, 200);
  assert.match(await status.text(), /"number":"A1001"/);
  assert.equal((await fetch(`${api}/session`, { headers: { authorization: 'Bearer as_f_forged' } })).status, 401);
});

test('guessing is stopped after a few failures for one order', async () => {
  for (let i = 0; i < 5; i++)
    assert.equal((await post('/verify', { orderNumber: 'A1002', contact: `guess${i}@x.example` })).status, 404);
  assert.equal(
    (await post('/verify', { orderNumber: 'A1002', contact: '+8613800138000' })).status,
    429,
    'even the right contact waits now',
  );
});

test('a report with a photo opens a case for the verified customer', async () => {
  const token = tokenOf((await post('/verify', { orderNumber: 'A1001', contact: 'wang@customer.example' })).text);
  const report = await post(
    '/report',
    {
      category: 'damaged',
      text: '杯子到的时候已经碎了',
      photos: [{ name: 'cup.jpg', contentType: 'image/jpeg', dataBase64: PHOTO.toString('base64') }],
    },
    token,
  );
  assert.equal(report.status, 201);
  const caseId = String(JSON.parse(report.text).caseId);
  const [kase] = await deps.db.select().from(cases).where(eq(cases.id, caseId));
  assert.equal(kase?.channel, 'form');
  assert.ok(kase?.tags.includes('form:damaged'));
  const [msg] = await deps.db.select().from(messages).where(eq(messages.caseId, caseId));
  assert.equal(msg?.sender, 'email:wang@customer.example', 'the verified identity: one customer across channels');
  const files = await deps.db
    .select()
    .from(attachments)
    .where(eq(attachments.messageId, msg?.id ?? ''));
  assert.deepEqual(
    files.map((f) => [f.kind, f.name, f.size]),
    [['photo', 'cup.jpg', PHOTO.length]],
  );
  const bad = await post(
    '/report',
    {
      category: 'damaged',
      text: 'x',
      photos: [{ name: 'a.exe', contentType: 'application/x-msdownload', dataBase64: 'AA==' }],
    },
    token,
  );
  assert.equal(bad.status, 400, 'photos only');
});

test('in Chromium: find the order, report, see the reply', { skip: noChromium }, async () => {
  const agent = await buildUser(deps, storeId);
  const order = await buildOrder(deps, storeId, { number: 'R-3001', identity: 'email:olga@customer.example' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ locale: 'ru-RU' });
    await page.goto(`${desk.baseUrl}/api/v1/channels/form/${storeId}`);
    await page.getByLabel('Номер заказа').fill(order.number);
    await page.getByLabel('Email или телефон').fill('wrong@customer.example');
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await page.getByText('Мы не нашли заказ').waitFor();
    await page.getByLabel('Email или телефон').fill('olga@customer.example');
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await page.getByText(`${order.number} — delivered`).waitFor();
    await page.getByLabel('Что случилось?').selectOption('wrong_item');
    await page.getByLabel('Расскажите, что произошло').fill('Прислали синюю скатерть вместо зелёной.');
    await page.locator('#photos').setInputFiles({ name: 'cloth.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
    await page.getByRole('button', { name: 'Отправить' }).click();
    await page.getByText('Спасибо, мы получили ваше сообщение.').waitFor();
    await page.locator('li.in', { hasText: 'синюю скатерть' }).waitFor();
    const [kase] = await deps.db.select().from(cases).where(eq(cases.orderId, order.id));
    assert.ok(kase);
    const login = await fetch(`${desk.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: agent.email, password: agent.password }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const reply = await fetch(`${desk.baseUrl}/api/v1/cases/${kase.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ body: 'Здравствуйте! Мы отправим зелёную скатерть сегодня.', override: true }),
    });
    assert.equal(reply.status, 201);
    await page.locator('li.out', { hasText: 'зелёную скатерть сегодня' }).waitFor({ timeout: 15_000 });
    await page.reload();
    await page.locator('li.out', { hasText: 'зелёную скатерть сегодня' }).waitFor({ timeout: 10_000 });
  } finally {
    await browser.close();
  }
});
