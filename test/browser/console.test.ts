// The agent console in a real browser (Debian's Chromium via playwright-core) against the real
// server holding the demo data: the paths an agent walks every day, and what must never happen.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { type Env, RESULTS, signIn, skipReason, startEnv } from './browser-env.ts';

const skip = skipReason();
if (skip) console.log(`# ${skip}`);

async function openCaseFromInbox(page: Page, text: RegExp): Promise<string> {
  await page.getByRole('searchbox', { name: /search cases/i }).waitFor();
  await page.locator('a.case-link', { hasText: text }).first().click();
  await page.getByRole('heading', { name: /^Case #/ }).waitFor();
  return page.url().split('#/cases/')[1] ?? '';
}

async function openCaseFromInboxAnyLanguage(page: Page, text: RegExp): Promise<void> {
  await page.locator('a.case-link', { hasText: text }).first().click();
  await page.locator('[data-fact]').first().waitFor();
}

/** A browser test, skipped (and counted as skipped) when there is no Chromium. */
const it = (name: string, fn: () => Promise<void>) => test(name, { skip: skip ?? false }, fn);

describe('agent console in Chromium', () => {
  let env: Env;
  before(async () => {
    if (skip) return;
    mkdirSync(RESULTS, { recursive: true });
    env = await startEnv();
  });
  after(async () => {
    await env?.close();
  });

  it('an agent works the napkins case: weight evidence, recommended reship carried out, reply sent', async () => {
    const page = await signIn(env, 'agent@linen.demo');
    await page.screenshot({ path: join(RESULTS, 'console-inbox.png'), fullPage: true });
    await openCaseFromInbox(page, /counted the napkins/);
    const weight = page.locator('[data-fact="weight_check"]');
    await weight.waitFor();
    assert.match(await weight.innerText(), /weighed what the full order weighs/);
    assert.equal(await page.getByTestId('primary-action').innerText(), 'Reship');
    await page.getByRole('button', { name: 'Carry out…' }).click();
    const dialog = page.getByRole('dialog');
    assert.match(await dialog.getByTestId('action-effect').innerText(), /Send 1 × NAPKIN-LINEN-DZ again by UPS/);
    assert.equal(await dialog.getByTestId('action-cost').innerText(), '$30.00');
    await page.screenshot({ path: join(RESULTS, 'console-action-dialog.png') });
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Reship: (done|waiting)/ })
      .waitFor();
    assert.match(await page.getByTestId('action-history').innerText(), /Reship/);

    const composer = page.getByRole('textbox', { name: 'Reply to the customer' });
    assert.ok((await composer.inputValue()).length > 20, 'the drafted reply is in the composer');
    if (await page.getByLabel(/send anyway/i).isVisible()) await page.getByLabel(/send anyway/i).check();
    await page.getByRole('button', { name: /Send reply|Send anyway/ }).click();
    await page.getByText('Reply sent.').waitFor();
    await page.locator('.msg-out').first().waitFor();
    assert.equal(await page.locator('.msg-out').count(), 1, 'the reply joins the timeline once');
    await page.screenshot({ path: join(RESULTS, 'console-case.png'), fullPage: true });
    await page.context().close();
  });

  it('with the record filled in, the case closes and leaves the open inbox', async () => {
    const page = await signIn(env, 'agent@linen.demo');
    await openCaseFromInbox(page, /亞麻餐巾/);
    await page.getByLabel('Root cause', { exact: true }).fill('Packed 3 dozen instead of 4 at the bench');
    await page
      .getByLabel('Resolution', { exact: true })
      .fill('Reshipped one dozen as goodwill; photos before shipping from now on');
    await page.getByRole('button', { name: 'Close case' }).click();
    await page.getByText('This case is closed.').waitFor();
    await page.getByRole('link', { name: /Back to inbox/ }).click();
    await page.locator('a.case-link').first().waitFor();
    assert.equal(await page.locator('a.case-link', { hasText: /亞麻餐巾/ }).count(), 0);
    await page.getByRole('button', { name: 'Closed' }).click();
    await page.locator('a.case-link', { hasText: /亞麻餐巾/ }).waitFor();
    await page.context().close();
  });

  it('the owner’s settings and a customer page render in 简体中文', async () => {
    const page = await signIn(env, 'owner@linen.demo');
    await page.locator('header select').selectOption('zh-Hans');
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('heading', { name: '售后政策' }).waitFor();
    assert.ok(await page.getByText(/默认 US\$50\.00/).count(), 'the goodwill limit shows its default');
    await page.screenshot({ path: join(RESULTS, 'console-settings-zh.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(page), [], 'settings');
    await page.getByRole('link', { name: '收件箱' }).click();
    await openCaseFromInboxAnyLanguage(page, /lace handkerchiefs/);
    await page.getByRole('link', { name: /Priya/ }).click();
    await page.getByRole('heading', { name: /客户/ }).first().waitFor();
    await page.screenshot({ path: join(RESULTS, 'console-customer-zh.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(page), [], 'customer page');
    await page.context().close();
  });

  it('the composer warns live on "你是第一个说有问题的" and sends only with an explicit override', async () => {
    const page = await signIn(env, 'agent@linen.demo');
    await openCaseFromInbox(page, /counted the napkins/);
    const composer = page.getByRole('textbox', { name: 'Reply to the customer' });
    await page.getByLabel('Insert template').selectOption({ index: 1 });
    assert.match(
      await composer.inputValue(),
      /Corinne|order 7101|⟨name⟩/,
      'a library template filled with the case’s facts',
    );
    await composer.fill('你是第一个说有问题的');
    const issue = page.locator('.tone-issues li').first();
    await issue.waitFor();
    assert.equal(await issue.getAttribute('data-kind'), 'others_never_complained');
    assert.ok(await page.locator('mark.tone-span').count(), 'the span is underlined');
    assert.ok(await page.getByRole('button', { name: /Send anyway/ }).isDisabled(), 'no send without the override');
    await page.getByLabel(/send anyway/i).check();
    assert.ok(await page.getByRole('button', { name: /Send anyway/ }).isEnabled());
    await page.context().close();
  });

  it('S8: for someone who did not place the order, the composer flags order data and the address cannot be changed', async () => {
    const page = await signIn(env, 'agent@fresh.demo');
    await page
      .locator('a.case-link', { hasText: /洗衣机/ })
      .first()
      .click();
    await page.locator('[data-fact="identity"]').waitFor();
    await page
      .getByRole('textbox', { name: 'Reply to the customer' })
      .fill('您好，这笔订单是滚筒洗衣机 10公斤，共2599元。');
    await page.locator('.tone-issues li[data-kind="privacy_disclosure"]').first().waitFor();
    await page
      .locator('section[aria-labelledby="actions-title"]')
      .getByRole('button', { name: 'Change address' })
      .click();
    await page
      .getByRole('dialog')
      .getByRole('alert')
      .filter({ hasText: /only be changed when the ordering identity asks/ })
      .waitFor();
    assert.ok(await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).isDisabled());
    await page.context().close();
  });

  it('a case cannot close without its record, in the form or through the API', async () => {
    const page = await signIn(env, 'agent@linen.demo');
    const id = await openCaseFromInbox(page, /lace handkerchiefs/);
    await page.getByRole('button', { name: 'Close case' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /cannot close without its record/ })
      .waitFor();
    const api = await page.request.post(`${env.baseUrl}/api/v1/cases/${id}/close`, {
      data: { category: 'delayed_or_lost', rootCause: ' ', resolution: '', cost: 0 },
    });
    assert.ok(api.status() >= 400 && api.status() < 500, `the server refuses too (got ${api.status()})`);
    const detail = await (await page.request.get(`${env.baseUrl}/api/v1/console/cases/${id}`)).json();
    assert.notEqual(detail.status, 'closed');
    await page.context().close();
  });

  it('a customer message with <script> is shown as text and never runs', async () => {
    const page = await signIn(env, 'agent@linen.demo');
    const hostile =
      'Where is my order? <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>bold</b>';
    const created = await page.request.post(`${env.baseUrl}/api/v1/cases`, {
      data: { from: 'email:mallory@example.net', channel: 'email', text: hostile },
    });
    assert.equal(created.status(), 201, await created.text());
    const { caseId } = await created.json();
    await page.goto(`${env.baseUrl}/#/cases/${caseId}`);
    const body = page.locator('.msg-body').first();
    await body.waitFor();
    assert.equal(await body.innerText(), hostile);
    assert.equal(await body.locator('script, img, b').count(), 0);
    assert.equal(await page.evaluate(() => Reflect.get(globalThis, '__pwned')), undefined);
    await page.context().close();
  });

  it("an agent cannot see another store's case", async () => {
    const linen = await signIn(env, 'agent@linen.demo');
    const id = await openCaseFromInbox(linen, /counted the napkins/);
    await linen.context().close();
    const fresh = await signIn(env, 'agent@fresh.demo');
    assert.equal(
      await fresh.locator('a.case-link', { hasText: /napkins/ }).count(),
      0,
      'not in the other store’s inbox',
    );
    await fresh.goto(`${env.baseUrl}/#/cases/${id}`);
    await fresh.getByRole('alert').waitFor();
    assert.match(await fresh.getByRole('alert').innerText(), /not found/i);
    assert.equal(await fresh.getByText(/four dozen/).count(), 0);
    const api = await fresh.request.get(`${env.baseUrl}/api/v1/console/cases/${id}`);
    assert.equal(api.status(), 404);
    await fresh.context().close();
  });

  it('axe-core finds no serious or critical violation on the inbox and the case view', async () => {
    const page = await signIn(env, 'agent@linen.demo');
    assert.deepEqual(await seriousViolations(page), [], 'inbox');
    await openCaseFromInbox(page, /counted the napkins/);
    await page.locator('[data-fact]').first().waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'case view');
    await page.context().close();
  });

  it('a phone call becomes a case by hand and opens straight away', async () => {
    const page = await signIn(env, 'agent@taiga.demo');
    await page.getByRole('button', { name: /New case/ }).click();
    await page.getByLabel('Customer (email or phone)').fill('+7 912 000 11 22');
    await page
      .getByLabel('What the customer said')
      .fill('Звонила клиентка: наушники пришли без кейса, просит дослать.');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { name: /^Case #/ }).waitFor();
    assert.match(await page.locator('.msg-body').first().innerText(), /наушники пришли без кейса/);
    assert.equal(await page.locator('.msg-head .badge').first().innerText(), 'Phone');
    await page.context().close();
  });

  it('a chat message reaches the open inbox without a reload (pushed live; the 20 s poll catches a missed push)', async () => {
    const agent = await signIn(env, 'agent@linen.demo');
    const { store } = await (await agent.request.get(`${env.baseUrl}/api/v1/console/me`)).json();
    // the agent feed must be open before the visitor writes, or the line waits for the next poll
    await agent.locator('html[data-live="on"]').waitFor({ timeout: 10_000 });
    const visitor = await (await env.browser.newContext()).newPage();
    await visitor.goto(`${env.baseUrl}/api/docs`);
    const text = 'Live chat check: is the linen apron back in stock?';
    await visitor.evaluate(
      async ({ storeId, line, host }) => {
        const res = await fetch(`/api/v1/channels/chat/${storeId}/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'Visitor', email: 'visitor@example.net', language: 'en' }),
        });
        const body: unknown = await res.json();
        const token = typeof body === 'object' && body !== null && 'token' in body ? String(body.token) : '';
        const ws = new WebSocket(`ws://${host}/api/v1/channels/chat/ws?token=${encodeURIComponent(token)}`);
        await new Promise((resolve) => ws.addEventListener('open', resolve));
        ws.send(JSON.stringify({ type: 'message', text: line, clientId: 'live-check-1' }));
        await new Promise((resolve) => setTimeout(resolve, 500));
      },
      { storeId: store.id, line: text, host: new URL(env.baseUrl).host },
    );
    // the new case's subject is the visitor's first line (its last message may be the automatic acknowledgement)
    // Usually pushed within a second; on PostgreSQL a push is sometimes missed (a known, open race in
    // the chat hub), and then the inbox's own 20 s poll must bring it — still without a reload.
    await agent.locator('a.case-link', { hasText: 'Live chat check' }).waitFor({ timeout: 30_000 });
    await visitor.context().close();
    await agent.context().close();
  });

  it('keyboard: j/k move through the inbox and Enter opens the case', async () => {
    const page = await signIn(env, 'agent@linen.demo');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const second = await page.locator('tr[data-row="1"] a.case-link').getAttribute('href');
    await page.locator('tr.cursor[data-row="1"]').waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash === second);
    await page.context().close();
  });

  it('above the agent’s limit an action waits; the supervisor approves it from the queue', async () => {
    const agent = await signIn(env, 'agent@linen.demo');
    await openCaseFromInbox(agent, /lace handkerchiefs/);
    await agent
      .locator('section[aria-labelledby="actions-title"]')
      .getByRole('button', { name: 'Reship', exact: true })
      .click();
    const dialog = agent.getByRole('dialog');
    await dialog.getByRole('spinbutton', { name: 'Quantity' }).fill('4');
    assert.equal(await dialog.getByTestId('action-cost').innerText(), '$76.00');
    await agent
      .getByRole('dialog')
      .getByText(/supervisor’s approval/)
      .waitFor();
    await agent.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await agent
      .getByRole('status')
      .filter({ hasText: /waiting for a supervisor/ })
      .waitFor();
    await agent.context().close();

    const supervisor = await signIn(env, 'supervisor@linen.demo');
    await supervisor.getByRole('link', { name: 'Approvals (1)' }).click();
    const item = supervisor.locator('.approvals li').first();
    await item.waitFor();
    await item.getByRole('button', { name: 'Approve' }).click();
    await supervisor.getByText('Nothing waits for approval.').waitFor();
    await supervisor.goto(`${env.baseUrl}/#/dashboard`);
    await supervisor.locator('svg[role=img]').first().waitFor();
    await supervisor.screenshot({ path: join(RESULTS, 'console-dashboard.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(supervisor), [], 'dashboard');
    await supervisor.context().close();
  });

  it('the interface speaks 简体中文, 繁體中文 and Русский, remembered per user', async () => {
    const page = await signIn(env, 'agent@linen.demo');
    const picker = page.locator('header select');
    for (const [locale, inbox] of [
      ['zh-Hans', '收件箱'],
      ['zh-Hant', '收件匣'],
      ['ru', 'Входящие'],
    ] as const) {
      await picker.selectOption(locale);
      await page.getByRole('heading', { name: inbox }).waitFor();
    }
    await page.reload();
    await page.getByRole('heading', { name: 'Входящие' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    assert.equal(await picker.inputValue(), 'ru');
    await page.context().close();
  });
});
