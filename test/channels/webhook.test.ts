// The signed webhook over real HTTP: marketplace messages open cases, order and tracking updates
// land on the order; a wrong, missing or stale signature and a malformed event are refused.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { signWebhook } from '../../src/channels/webhook/sign-webhook.ts';
import { cases, orders, shipments, trackingEvents } from '../../src/db/schema/index.ts';
import { buildStore, buildUser } from '../helpers/factories.ts';
import { createClient, startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let server: Awaited<ReturnType<typeof startApp>>;
let source: { id: string; secret: string };
let storeId: string;

before(async () => {
  deps = await createTestDeps();
  server = await startApp(deps);
  const store = await buildStore(deps, { name: 'Linen & Co' });
  storeId = store.id;
  const owner = await buildUser(deps, store.id, { role: 'owner' });
  const client = createClient(server.baseUrl);
  assert.equal(await client.login(owner.email, owner.password), 200);
  const created = await client.post('/channels/webhook-sources', { name: 'Taobao shop' });
  assert.equal(created.status, 201);
  source = created.body;
  const agent = await buildUser(deps, store.id, { role: 'agent' });
  const agentClient = createClient(server.baseUrl);
  await agentClient.login(agent.email, agent.password);
  assert.equal((await agentClient.post('/channels/webhook-sources', { name: 'x' })).status, 403, 'owners only');
});
after(async () => {
  await server.close();
  await deps.cleanup();
});

async function send(event: unknown, options: { secret?: string; timestamp?: number; body?: string } = {}) {
  const body = options.body ?? JSON.stringify(event);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(`${server.baseUrl}/api/v1/channels/webhook/${source.id}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-aftersales-timestamp': String(timestamp),
      'x-aftersales-signature': signWebhook(options.secret ?? source.secret, timestamp, body),
    },
    body,
  });
  return { status: res.status, body: readOutcome(await res.json()) };
}

function readOutcome(value: unknown): { caseId?: string; duplicate?: boolean } {
  if (!value || typeof value !== 'object') return {};
  return {
    caseId: 'caseId' in value && typeof value.caseId === 'string' ? value.caseId : undefined,
    duplicate: 'duplicate' in value && typeof value.duplicate === 'boolean' ? value.duplicate : undefined,
  };
}

const order = {
  id: 'evt-order-1',
  type: 'order',
  data: {
    number: 'TB-50021',
    identity: 'platform:taobao:xiaomei88',
    placedAt: '2026-11-18T08:00:00Z',
    status: 'paid',
    amountPaid: 12800,
    lines: [{ sku: 'TEA-500', name: '龙井茶 500g', qty: 2, unitPrice: 6400, unitWeightG: 500 }],
  },
};

test('order, tracking and message events are applied; a repeat is stored once', async () => {
  assert.equal((await send(order)).status, 202);
  const tracking = {
    id: 'evt-track-1',
    type: 'tracking',
    data: {
      orderNumber: 'TB-50021',
      carrier: 'SF Express',
      trackingNo: 'SF1234567890',
      shippedAt: '2026-11-19T02:00:00Z',
      events: [{ at: '2026-11-19T02:00:00Z', status: 'in_transit', location: '杭州' }],
    },
  };
  assert.equal((await send(tracking)).status, 202);
  assert.equal((await send(tracking)).status, 202, 'tracking repeats are harmless upserts');
  const message = {
    id: 'evt-msg-1',
    type: 'message',
    occurredAt: '2026-11-22T09:00:00Z',
    data: {
      platform: 'taobao',
      account: 'xiaomei88',
      name: '小美',
      orderNumber: 'TB-50021',
      text: '你好，我的茶叶怎么还没到？物流一直没有更新。',
    },
  };
  const first = await send(message);
  assert.equal(first.status, 202);
  assert.ok(first.body.caseId);
  const again = await send(message);
  assert.equal(again.status, 200);
  assert.deepEqual([again.body.caseId, again.body.duplicate], [first.body.caseId, true]);

  const [row] = await deps.db.select().from(orders).where(eq(orders.number, 'TB-50021'));
  assert.equal(row?.identity, 'platform:taobao:xiaomei88');
  const [kase] = await deps.db
    .select()
    .from(cases)
    .where(eq(cases.id, first.body.caseId ?? ''));
  assert.equal(kase?.orderId, row?.id, 'the message is tied to its order');
  assert.equal(kase?.channel, 'marketplace');
  assert.equal(kase?.language, 'zh-Hans');
  const [ship] = await deps.db.select().from(shipments).where(eq(shipments.trackingNo, 'SF1234567890'));
  const events = await deps.db
    .select()
    .from(trackingEvents)
    .where(eq(trackingEvents.shipmentId, ship?.id ?? ''));
  assert.equal(events.length, 1);
  assert.equal(kase?.storeId, storeId);
});

test('bad signatures, stale timestamps and malformed events are refused', async () => {
  assert.equal((await send(order, { secret: 'whsec_wrong' })).status, 401);
  assert.equal((await send(order, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status, 401);
  const tampered = await fetch(`${server.baseUrl}/api/v1/channels/webhook/${source.id}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-aftersales-timestamp': String(Math.floor(Date.now() / 1000)),
      'x-aftersales-signature': 'sha256=00',
    },
    body: JSON.stringify(order),
  });
  assert.equal(tampered.status, 401);
  const invalid = await send({ id: 'evt-x', type: 'message', data: { platform: 'taobao', account: 'a' } });
  assert.equal(invalid.status, 400);
  assert.equal((await send(null, { body: '{not json' })).status, 400);
});
