// Chat verification without a browser: a visitor who proves an order before writing speaks as that
// order's customer from the first message; a wrong contact is refused like on the contact page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import WebSocket from 'ws';
import { cases, customerIdentities } from '../../src/db/schema/index.ts';
import { buildOrder, buildStore } from '../helpers/factories.ts';
import { startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let desk: Awaited<ReturnType<typeof startApp>>;

before(async () => {
  deps = await createTestDeps();
  desk = await startApp(deps);
});
after(async () => {
  await desk.close();
  await deps.cleanup();
});

test('verified before the first message: the chat case belongs to the order customer', async () => {
  const store = await buildStore(deps);
  const order = await buildOrder(deps, store.id, { number: 'T-7001', identity: 'phone:+79001234567' });
  const opened = await fetch(`${desk.baseUrl}/api/v1/channels/chat/${store.id}/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  assert.equal(opened.status, 201);
  assert.equal(opened.headers.get('access-control-allow-origin'), '*');
  const { token } = JSON.parse(await opened.text());
  const verify = (contact: string) =>
    fetch(`${desk.baseUrl}/api/v1/channels/chat/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ orderNumber: 'T-7001', contact }),
    });
  assert.equal((await verify('+7 900 000 00 00')).status, 404);
  assert.equal((await verify('+7 900 123-45-67')).status, 200);

  const socket = new WebSocket(`${desk.baseUrl.replace('http', 'ws')}/api/v1/channels/chat/ws?token=${token}`);
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'message', text: 'Здравствуйте, заказ T-7001 ещё не пришёл', clientId: 'm1' }));
  const deadline = Date.now() + 10_000;
  let kase: typeof cases.$inferSelect | undefined;
  while (!kase && Date.now() < deadline) {
    [kase] = await deps.db.select().from(cases).where(eq(cases.storeId, store.id));
    await new Promise((r) => setTimeout(r, 50));
  }
  socket.close();
  assert.ok(kase);
  assert.equal(kase.channel, 'chat');
  assert.equal(kase.orderId, order.id);
  const identities = await deps.db
    .select()
    .from(customerIdentities)
    .where(eq(customerIdentities.customerId, kase.customerId ?? ''));
  assert.deepEqual(identities.map((i) => i.identity.split(':')[0]).sort(), ['chat', 'phone']);
});
