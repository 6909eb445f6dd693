// A user of store A can read or change nothing of store B, on any endpoint: 404 for B's ids (so
// existence does not leak), and B's rows never appear in A's lists.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { apiTokens, cases, customers, templates } from '../../src/db/schema/index.ts';
import { type Client, createClient, startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';
import { buildTwoStores } from '../helpers/two-stores.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let app: Awaited<ReturnType<typeof startApp>>;
let world: Awaited<ReturnType<typeof buildTwoStores>>;
let owner: Client;
let supervisor: Client;

before(async () => {
  deps = await createTestDeps();
  app = await startApp(deps);
  world = await buildTwoStores(deps);
  const o = createClient(app.baseUrl);
  await o.login(world.usersA.owner.email, world.usersA.owner.password);
  owner = o;
  const s = createClient(app.baseUrl);
  await s.login(world.usersA.supervisor.email, world.usersA.supervisor.password);
  supervisor = s;
});
after(async () => {
  await app.close();
  await deps.cleanup();
});

test("every route that takes an id answers 404 for store B's ids", async () => {
  const b = world.idsB;
  const routes: [string, string, unknown?][] = [
    ['GET', `/cases/${b.case}`],
    ['PATCH', `/cases/${b.case}`, { priority: 'high' }],
    ['POST', `/cases/${b.case}/close`, { category: 'general', rootCause: 'x', resolution: 'y', cost: 0 }],
    ['GET', `/cases/${b.case}/messages`],
    ['POST', `/cases/${b.case}/messages`, { body: 'A note', direction: 'note' }],
    ['POST', `/cases/${b.case}/messages`, { body: 'Thank you for writing.' }],
    ['POST', `/cases/${b.case}/actions`, { kind: 'reply_only' }],
    ['GET', `/actions/${b.action}`],
    ['POST', `/actions/${b.action}/approve`, {}],
    ['POST', `/actions/${b.action}/reject`, {}],
    ['POST', `/actions/${b.action}/done`, {}],
    ['GET', `/customers/${b.customer}`],
    ['PATCH', `/customers/${b.customer}`, { notes: 'x' }],
    ['POST', `/customers/${b.customer}/reveal`, {}],
    ['GET', `/orders/${b.order}`],
    ['POST', `/orders/${b.order}/reveal`, {}],
    ['GET', `/shipments/${b.shipment}`],
    ['PATCH', `/shipments/${b.shipment}`, { weightG: 1 }],
    ['POST', `/orders/${b.order}/shipments`, { carrier: 'UPS', trackingNo: 'A-NEW-ONE' }],
    ['GET', `/reviews/${b.review}`],
    ['POST', `/reviews/${b.review}/reply`, { reply: 'Thank you for the review.' }],
    ['GET', `/templates/${b.template}`],
    ['PUT', `/templates/${b.template}`, { name: 'x', language: 'en', body: 'Hello, glad to help.' }],
    ['DELETE', `/templates/${b.template}`],
    ['PATCH', `/users/${b.user}`, { name: 'Taken over' }],
    ['DELETE', `/tokens/${b.token}`],
  ];
  for (const client of [owner, supervisor]) {
    for (const [method, path, body] of routes) {
      const res = await client.request(method, path, body);
      if (client === supervisor && (path.startsWith('/users') || path.startsWith('/tokens'))) {
        assert.equal(res.status, 403, `${method} ${path} as supervisor`);
        continue;
      }
      assert.equal(res.status, 404, `${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.body.status, 404);
      assert.ok(res.headers.get('content-type')?.startsWith('application/problem+json'));
    }
  }
  const [caseB] = await deps.db.select().from(cases).where(eq(cases.id, b.case));
  assert.equal(caseB?.priority, 'normal');
  assert.equal(caseB?.status, 'new');
  const [customerB] = await deps.db.select().from(customers).where(eq(customers.id, b.customer));
  assert.equal(customerB?.notes, null);
  assert.equal((await deps.db.select().from(templates).where(eq(templates.id, b.template))).length, 1);
  const [tokenB] = await deps.db.select().from(apiTokens).where(eq(apiTokens.id, b.token));
  assert.equal(tokenB?.revokedAt, null);
});

test("lists and filters never include store B's rows", async () => {
  const b = world.idsB;
  // Give A some rows of its own so empty lists do not pass by accident.
  assert.equal(
    (
      await owner.post('/intake', {
        channel: 'email',
        from: 'email:b-customer@example.cn',
        text: `Where is order ${world.orderNumberB}?`,
      })
    ).status,
    201,
  );
  const lists = [
    '/cases',
    '/customers',
    '/orders',
    '/shipments',
    '/actions',
    '/reviews',
    '/templates',
    '/users',
    '/tokens',
    '/audit',
    `/cases?customerId=${b.customer}`,
    `/actions?caseId=${b.case}`,
    `/shipments?orderId=${b.order}`,
    `/orders?number=${world.orderNumberB}`,
    '/cases?q=订单',
  ];
  const bIds = Object.values(b);
  for (const path of lists) {
    const res = await owner.get(path);
    assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.body)}`);
    const text = JSON.stringify(res.body);
    for (const id of bIds) assert.ok(!text.includes(id), `${path} leaks ${id}`);
  }
  const casesA = await owner.get('/cases');
  assert.equal(casesA.body.items.length, 1, 'A sees its own new case');
  assert.equal(casesA.body.items[0].orderId, null, "B's order number does not link to B's order");
});

test('the same identity in two stores is two customers', async () => {
  const res = await owner.get('/customers?q=email:b-customer@example.cn');
  assert.equal(res.body.items.length, 1);
  assert.notEqual(res.body.items[0].id, world.idsB.customer);
});
