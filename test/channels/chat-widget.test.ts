// The chat widget in Chromium against a running desk: the store's page (another origin) embeds one
// script tag; the customer's message reaches the agent's live feed, the agent's reply (through the
// console's reply route) reaches the widget live, and the conversation resumes after a reload.

import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import WebSocket from 'ws';
import { ingestMail } from '../../src/channels/email/ingest-mail.ts';
import { cases, messages } from '../../src/db/schema/index.ts';
import { launchChromium, noChromium } from '../helpers/chromium.ts';
import { buildOrder, buildStore, buildUser } from '../helpers/factories.ts';
import { startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';
import { findFreePort } from './helpers/ports.ts';

const skip = noChromium;

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let desk: Awaited<ReturnType<typeof startApp>>;
let shop: Server;
let shopUrl: string;
let browser: Browser;
let storeId: string;
let cookie: string;

before(async () => {
  if (skip) return;
  deps = await createTestDeps();
  desk = await startApp(deps);
  const store = await buildStore(deps, { name: 'Linen & Co', language: 'en' });
  storeId = store.id;
  const agent = await buildUser(deps, store.id, { role: 'agent' });
  const login = await fetch(`${desk.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: agent.email, password: agent.password }),
  });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const port = await findFreePort();
  shopUrl = `http://127.0.0.1:${port}`;
  shop = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="zh-CN"><head><title>Linen shop</title></head><body><h1>Linen &amp; Co</h1>
      <script src="${desk.baseUrl}/api/v1/channels/chat/widget.js" data-store="${storeId}" data-lang="zh-CN" async></script></body></html>`);
  });
  await new Promise<void>((resolve) => shop.listen(port, '127.0.0.1', resolve));
  browser = await launchChromium();
});
after(async () => {
  if (skip) return;
  await browser.close();
  await new Promise((resolve) => shop.close(resolve));
  await desk.close();
  await deps.cleanup();
});

/** The agent's live feed: resolves with the first chat message matching `predicate`. */
function agentFeed(): {
  next: (predicate: (body: string) => boolean, timeoutMs: number) => Promise<{ caseId: string; body: string }>;
  close: () => void;
} {
  const socket = new WebSocket(`${desk.baseUrl.replace('http', 'ws')}/api/v1/channels/chat/agent`, {
    headers: { cookie },
  });
  const seen: { caseId: string; body: string }[] = [];
  socket.on('message', (data) => {
    const frame: unknown = JSON.parse(data.toString());
    if (
      frame &&
      typeof frame === 'object' &&
      'message' in frame &&
      frame.message &&
      typeof frame.message === 'object' &&
      'caseId' in frame.message &&
      'body' in frame.message
    ) {
      seen.push({ caseId: String(frame.message.caseId), body: String(frame.message.body) });
    }
  });
  return {
    next: async (predicate, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const hit = seen.find((m) => predicate(m.body));
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`no matching chat message on the agent feed; saw ${JSON.stringify(seen)}`);
    },
    close: () => socket.close(),
  };
}

test('customer ↔ agent live through the widget; the chat resumes after a reload', { skip }, async () => {
  const feed = agentFeed();
  const page = await browser.newPage();
  await page.goto(shopUrl);
  const widget = page.locator('#aftersales-chat');
  await widget.locator('button.btn').click();
  await widget.locator('input[name=text]').fill('你好，我的订单 A1001 少了两包餐巾纸');
  await widget.locator('button[type=submit]').click();

  const arrived = await feed.next((body) => body.includes('少了两包餐巾纸'), 10_000);
  const [kase] = await deps.db.select().from(cases).where(eq(cases.id, arrived.caseId));
  assert.equal(kase?.channel, 'chat');
  assert.equal(kase?.storeId, storeId);
  // The acknowledgement in the customer's language is shown in the widget.
  await widget.locator('li.out', { hasText: '我们已经收到您的消息' }).waitFor({ timeout: 10_000 });

  const reply = await fetch(`${desk.baseUrl}/api/v1/cases/${arrived.caseId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ body: '您好！非常抱歉，我们今天就为您补发两包餐巾纸。', override: true }),
  });
  assert.equal(reply.status, 201);
  await widget.locator('li.out', { hasText: '今天就为您补发' }).waitFor({ timeout: 10_000 });

  await page.reload();
  const resumed = page.locator('#aftersales-chat');
  await resumed.locator('li.in', { hasText: '少了两包餐巾纸' }).waitFor({ timeout: 10_000 });
  await resumed.locator('li.out', { hasText: '今天就为您补发' }).waitFor({ timeout: 10_000 });
  await resumed.locator('input[name=text]').fill('谢谢！');
  await resumed.locator('button[type=submit]').click();
  const thanks = await feed.next((body) => body === '谢谢！', 10_000);
  assert.equal(thanks.caseId, arrived.caseId, 'the same conversation after the reload');
  const stored = await deps.db.select().from(messages).where(eq(messages.caseId, arrived.caseId));
  assert.equal(stored.filter((m) => m.direction === 'in').length, 2);

  // The visitor proves the order: the chat joins that customer, and their email lands in the same case.
  const order = await buildOrder(deps, storeId, { number: 'A1001', identity: 'email:wang@customer.example' });
  await resumed.locator('summary').click();
  await resumed.locator('input[name=order]').fill('A1001');
  await resumed.locator('input[name=contact]').fill('wrong@customer.example');
  await resumed.locator('button.check').click();
  await resumed.locator('.verify-note', { hasText: '没有找到' }).waitFor({ timeout: 10_000 });
  await resumed.locator('input[name=contact]').fill('wang@customer.example');
  await resumed.locator('button.check').click();
  await resumed.locator('.verify-note', { hasText: '已验证' }).waitFor({ timeout: 10_000 });
  const [merged] = await deps.db.select().from(cases).where(eq(cases.id, arrived.caseId));
  assert.equal(merged?.orderId, order.id, 'the chat case is now about the proven order');
  const email = Buffer.from(
    [
      'From: wang@customer.example',
      'Subject: A1001',
      'Message-ID: <after-chat@customer.example>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '补充一张照片。',
      '',
    ].join('\r\n'),
  );
  const byMail = await ingestMail(deps, storeId, email, 'help@linen.example');
  assert.ok(byMail.kind === 'stored');
  assert.equal(byMail.caseId, arrived.caseId, 'one customer, one conversation across chat and email');
  feed.close();
  await page.close();
});

test('the agent feed refuses a visitor without a session', { skip }, async () => {
  const socket = new WebSocket(`${desk.baseUrl.replace('http', 'ws')}/api/v1/channels/chat/agent`);
  const first = await new Promise<string>((resolve) => socket.on('message', (data) => resolve(data.toString())));
  assert.match(first, /unauthenticated/);
  socket.close();
});
