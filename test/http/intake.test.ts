// Intake: idempotent on the external id, one customer per identity, order linked by reference,
// follow-ups appended to the open case, and the case assessed at creation and on every change.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { messages } from '../../src/db/schema/index.ts';
import { buildOrder, buildStore, buildUser } from '../helpers/factories.ts';
import { type Client, createClient, startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let app: Awaited<ReturnType<typeof startApp>>;
let integration: Client;
let agent: ReturnType<typeof createClient>;
let storeId: string;

before(async () => {
  deps = await createTestDeps();
  app = await startApp(deps);
  const store = await buildStore(deps);
  storeId = store.id;
  const owner = await buildUser(deps, store.id, { role: 'owner' });
  const ownerClient = createClient(app.baseUrl);
  await ownerClient.login(owner.email, owner.password);
  const token = await ownerClient.post('/tokens', { name: 'mail gateway' });
  assert.equal(token.status, 201);
  integration = createClient(app.baseUrl, { token: token.body.token });
  const agentUser = await buildUser(deps, store.id);
  agent = createClient(app.baseUrl);
  await agent.login(agentUser.email, agentUser.password);
});
after(async () => {
  await app.close();
  await deps.cleanup();
});

test('the same message twice is stored once and answers with the same case (201, then 200)', async () => {
  const body = {
    externalId: 'mail-<abc@example.test>',
    channel: 'email',
    from: 'email:Ann@Example.test',
    text: 'Hello, where is my parcel?',
  };
  const first = await integration.post('/intake', body);
  const second = await integration.post('/intake', body);
  assert.equal(first.status, 201);
  assert.equal(second.status, 200);
  assert.equal(second.body.caseId, first.body.caseId);
  assert.equal(second.body.messageId, first.body.messageId);
  assert.equal(second.body.duplicate, true);
  const [row] = await deps.db.select({ n: count() }).from(messages).where(eq(messages.externalId, body.externalId));
  assert.equal(row?.n, 1);
});

test('concurrent deliveries of one message still make one message', async () => {
  const body = {
    externalId: 'chat-777',
    channel: 'chat',
    from: 'platform:taobao:li_lei',
    text: '在吗？我的快递到哪了',
  };
  const results = await Promise.all([1, 2, 3, 4].map(() => integration.post('/intake', body)));
  assert.deepEqual(results.map((r) => r.status).sort(), [200, 200, 200, 201]);
  assert.equal(new Set(results.map((r) => r.body.caseId)).size, 1);
  const [row] = await deps.db.select({ n: count() }).from(messages).where(eq(messages.externalId, 'chat-777'));
  assert.equal(row?.n, 1);
});

test('an order number in the text links the order; a follow-up joins the open case; another order opens a new case', async () => {
  const order = await buildOrder(deps, storeId, { number: '50017', identity: 'email:olga@example.ru' });
  const other = await buildOrder(deps, storeId, { number: '50018', identity: 'email:olga@example.ru' });
  const first = await integration.post('/intake', {
    channel: 'email',
    from: 'email:olga@example.ru',
    text: 'Здравствуйте! Заказ №50017 так и не пришёл.',
  });
  assert.equal(first.body.orderId, order.id);
  assert.equal(first.body.caseCreated, true);
  const followUp = await integration.post('/intake', {
    channel: 'chat',
    from: 'email:OLGA@example.ru',
    text: 'Есть новости?',
  });
  assert.equal(followUp.body.caseId, first.body.caseId, 'a follow-up without a reference joins her open case');
  const second = await integration.post('/intake', {
    channel: 'email',
    from: 'email:olga@example.ru',
    text: 'А ещё заказ 50018 пришёл мятым.',
    orderRef: '50018',
  });
  assert.equal(second.body.orderId, other.id);
  assert.notEqual(second.body.caseId, first.body.caseId);
  assert.equal(second.body.customerId, first.body.customerId, 'one customer per identity across channels');
  const view = await agent.get(`/cases/${first.body.caseId}`);
  assert.equal(view.body.messages.length, 2);
  assert.equal(view.body.order.number, '50017');
  assert.equal(view.body.order.shippingAddress, '12***', 'the address is masked in the case view');
});

test('the assessment is stored at creation and refreshed by a claim change and a tracking event', async () => {
  const order = await buildOrder(deps, storeId, {
    number: '60001',
    identity: 'email:kim@example.test',
    amountPaid: 4500,
  });
  const created = await integration.post('/intake', {
    channel: 'email',
    from: 'email:kim@example.test',
    text: 'Order 60001: tracking says delivered but nothing arrived.',
  });
  const first = await agent.get(`/cases/${created.body.caseId}`);
  assert.ok(first.body.assessment?.category, 'assessed at creation');
  assert.equal(first.body.case.category, first.body.assessment.category);
  const firstAt = first.body.assessedAt;
  await new Promise((r) => setTimeout(r, 5));
  const patched = await agent.patch(`/cases/${created.body.caseId}`, { claim: { wants: 'refund' } });
  assert.equal(patched.status, 200);
  assert.deepEqual(patched.body.claim, { wants: 'refund' });
  assert.ok(patched.body.assessedAt > firstAt, 'a claim change re-assesses');
  await new Promise((r) => setTimeout(r, 5));
  const ownerToken = integration;
  const imported = await ownerToken.post('/import/tracking-events', [
    { trackingNo: `1Z${order.number}`, at: '2026-06-05T09:00:00Z', status: 'returned', location: 'Austin, TX' },
    { trackingNo: 'NO-SUCH-PARCEL', at: '2026-06-05T09:00:00Z', status: 'in_transit' },
  ]);
  assert.equal(imported.body.imported, 1);
  assert.equal(imported.body.rejected.length, 1);
  const refreshed = await agent.get(`/cases/${created.body.caseId}`);
  assert.ok(refreshed.body.assessedAt > patched.body.assessedAt, 'a tracking event re-assesses');
  assert.equal(refreshed.body.shipments[0].events.length, 2);
});

test('full-text search finds Chinese, Russian and English cases', async () => {
  await integration.post('/intake', { channel: 'chat', from: 'platform:jd:wang', text: '冰箱门有划痕，能换一台吗' });
  await integration.post('/intake', {
    channel: 'email',
    from: 'email:ivan@example.ru',
    text: 'Курьер нагрубил и не поднялся на этаж',
  });
  await integration.post('/intake', {
    channel: 'email',
    from: 'email:sam@example.test',
    text: 'The embroidered monogram is misspelled',
  });
  for (const [q, expected] of [
    ['划痕', '冰箱门'],
    ['курьер', 'Курьер'],
    ['Monogram', 'monogram'],
  ] as const) {
    const res = await agent.get(`/cases?q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.items.length, 1, `q=${q}`);
    assert.ok(res.body.items[0].subject.includes(expected), `q=${q} → ${res.body.items[0].subject}`);
  }
  assert.equal((await agent.get(`/cases?q=${encodeURIComponent('洗衣机')}`)).body.items.length, 0);
});

test('the inbox pages with a cursor without repeats', async () => {
  const seen = new Set<string>();
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await agent.get(`/cases?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    for (const item of res.body.items) seen.add(item.id);
    cursor = res.body.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  const all = await agent.get('/cases?limit=200');
  assert.equal(seen.size, all.body.items.length);
  assert.ok(pages > 1);
});

test("a customer's answer puts a case that waited on them back in the queue", async () => {
  const opened = await integration.post('/intake', {
    channel: 'email',
    from: 'email:waiting@example.test',
    text: 'Can I change the size?',
  });
  assert.equal(
    (await agent.post(`/cases/${opened.body.caseId}/messages`, { body: 'Of course. Which size would you like?' }))
      .status,
    201,
  );
  assert.equal((await agent.get(`/cases/${opened.body.caseId}`)).body.case.status, 'waiting_customer');
  const answer = await integration.post('/intake', {
    channel: 'email',
    from: 'email:waiting@example.test',
    text: 'Size M, please.',
  });
  assert.equal(answer.body.caseId, opened.body.caseId);
  const view = await agent.get(`/cases/${opened.body.caseId}`);
  assert.equal(view.body.case.status, 'open');
  assert.equal(view.body.messages.length, 3);
});

test('sort=due lists the most urgent first and pages through every case once', async () => {
  const all = await agent.get('/cases?limit=200');
  const seen: { id: string; nextDueAt: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const res = await agent.get(`/cases?sort=due&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(res.status, 200);
    seen.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor && seen.length <= all.body.items.length);
  assert.equal(new Set(seen.map((c) => c.id)).size, all.body.items.length);
  const due = seen.map((c) => c.nextDueAt ?? '9999');
  assert.deepEqual(due, [...due].sort());
});
