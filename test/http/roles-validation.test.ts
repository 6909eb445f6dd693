// Role limits, and bad input: a 4xx problem naming the field, never a 500, and nothing written.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { count } from 'drizzle-orm';
import { auditLog, cases, customers, messages, users } from '../../src/db/schema/index.ts';
import { buildCase, buildStore, buildUser } from '../helpers/factories.ts';
import { type Client, createClient, startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let app: Awaited<ReturnType<typeof startApp>>;
let agent: Client;
let supervisor: Client;
let owner: Client;
let caseId: string;

async function signIn(storeId: string, role: 'owner' | 'supervisor' | 'agent'): Promise<Client> {
  const user = await buildUser(deps, storeId, { role });
  const client = createClient(app.baseUrl);
  assert.equal(await client.login(user.email, user.password), 200);
  return client;
}

async function counts() {
  const one = async (table: typeof cases | typeof messages | typeof customers | typeof users) =>
    (await deps.db.select({ n: count() }).from(table))[0]?.n;
  return {
    cases: await one(cases),
    messages: await one(messages),
    customers: await one(customers),
    users: await one(users),
  };
}

before(async () => {
  deps = await createTestDeps({ bodyLimitBytes: 64 * 1024 });
  app = await startApp(deps);
  const store = await buildStore(deps, { policy: { goodwillLimit: 5000, refundApprovalLimit: 20000 } });
  agent = await signIn(store.id, 'agent');
  supervisor = await signIn(store.id, 'supervisor');
  owner = await signIn(store.id, 'owner');
  caseId = (await buildCase(deps, store.id, { text: 'My napkins arrived torn.' })).caseId;
});
after(async () => {
  await app.close();
  await deps.cleanup();
});

test('an agent cannot manage users, tokens, policy, templates, imports or the audit log', async () => {
  const forbidden: [string, string, unknown?][] = [
    ['GET', '/users'],
    ['POST', '/users', { email: 'x@example.test', name: 'X', role: 'agent', password: 'long-enough-pw' }],
    ['GET', '/tokens'],
    ['POST', '/tokens', { name: 'shop' }],
    ['PATCH', '/stores/current', { policy: { goodwillLimit: 1 } }],
    ['POST', '/templates', { name: 't', language: 'en', body: 'Hello, happy to help.' }],
    ['GET', '/audit'],
    ['POST', '/import/orders', []],
    ['POST', '/import/tracking-events', []],
  ];
  for (const [method, path, body] of forbidden) {
    const res = await agent.request(method, path, body);
    assert.equal(res.status, 403, `${method} ${path}`);
    assert.equal(res.body.title, 'Not allowed');
  }
  assert.equal((await supervisor.get('/users')).status, 403, "users are the owner's");
  assert.equal((await supervisor.get('/audit')).status, 200);
  assert.equal((await owner.get('/users')).status, 200);
});

test('the owner sets policy overrides; unknown or unusable parameters are refused by name', async () => {
  const ok = await owner.patch('/stores/current', {
    policy: { goodwillLimit: 8000, personalizationCustomerErrorDefault: 'redo_free' },
  });
  assert.equal(ok.status, 200);
  assert.equal(ok.body.policy.goodwillLimit, 8000);
  for (const [policy, field] of [
    [{ goodwilLimit: 1 }, 'policy.goodwilLimit'],
    [{ goodwillLimit: 'lots' }, 'policy.goodwillLimit'],
    [{ personalizationCustomerErrorDefault: 'never' }, 'policy.personalizationCustomerErrorDefault'],
  ] as const) {
    const res = await owner.patch('/stores/current', { policy });
    assert.equal(res.status, 400, JSON.stringify(policy));
    assert.equal(res.body.field, field);
  }
  assert.equal((await owner.get('/stores/current')).body.policy.goodwillLimit, 8000);
  await owner.patch('/stores/current', { policy: { goodwillLimit: 5000, refundApprovalLimit: 20000 } });
});

test("above the agent's limit an action waits for a supervisor; agents cannot approve", async () => {
  const small = await agent.post(`/cases/${caseId}/actions`, { kind: 'reship', cost: 3000 });
  assert.equal(small.body.status, 'approved');
  const big = await agent.post(`/cases/${caseId}/actions`, { kind: 'refund_full', cost: 25000 });
  assert.equal(big.status, 201);
  assert.equal(big.body.status, 'awaiting_approval');
  assert.equal((await agent.post(`/actions/${big.body.id}/approve`)).status, 403);
  let view = await agent.get(`/cases/${caseId}`);
  assert.equal(view.body.case.costTotal, 3000, 'only the approved cost is in the ledger');
  assert.equal(
    (
      await agent.post(`/cases/${caseId}/close`, {
        category: 'damaged',
        rootCause: 'thin box',
        resolution: 'reship',
        cost: 3000,
      })
    ).status,
    409,
  );
  const approved = await supervisor.post(`/actions/${big.body.id}/approve`, { note: 'ok' });
  assert.equal(approved.body.status, 'approved');
  assert.equal((await supervisor.post(`/actions/${big.body.id}/approve`)).status, 409, 'a decision is made once');
  view = await agent.get(`/cases/${caseId}`);
  assert.equal(view.body.case.costTotal, 28000);
  assert.deepEqual(
    view.body.costs.map((c: { amount: number }) => c.amount),
    [3000, 25000],
  );
  const audit = await supervisor.get(`/audit?entityId=${big.body.id}`);
  assert.deepEqual(audit.body.items.map((e: { action: string }) => e.action).sort(), [
    'action.approve',
    'action.created',
  ]);
});

test('bad input is a 4xx problem with the field, and writes nothing', async () => {
  const before = await counts();
  const auditBefore = (await deps.db.select({ n: count() }).from(auditLog))[0]?.n;
  const cases_: [string, string, unknown, number, string?][] = [
    ['POST', '/intake', '{"channel": "email", "from": ', 400],
    ['POST', '/intake', { channel: 'email', from: 'email:x@example.test' }, 400, 'text'],
    ['POST', '/intake', { channel: 'email', from: 'email:x@example.test', text: 42 }, 400, 'text'],
    ['POST', '/intake', { channel: 'email', from: 'email:x@example.test', text: 'hi', at: 'yesterday' }, 400, 'at'],
    ['POST', '/intake', { channel: 'email', from: 'email:x@example.test', text: 'x'.repeat(70 * 1024) }, 413],
    [
      'POST',
      '/intake',
      { channel: 'email', from: 'email:x@example.test', text: 'hi', attachments: [{ kind: 'hologram' }] },
      400,
      'attachments.0.kind',
    ],
    ['PATCH', `/cases/${caseId}`, { priority: 'whenever' }, 400, 'priority'],
    ['PATCH', `/cases/${caseId}`, { assigneeId: '00000000-0000-4000-8000-000000000000' }, 404, 'assigneeId'],
    ['PATCH', '/cases/not-a-uuid', { priority: 'high' }, 400, 'id'],
    ['GET', '/cases/00000000-0000-4000-8000-000000000000', undefined, 404],
    ['GET', '/cases?limit=0', undefined, 400, 'limit'],
    ['GET', '/cases?cursor=bogus', undefined, 400, 'cursor'],
    ['POST', `/cases/${caseId}/close`, { category: 'damaged', rootCause: 'thin box' }, 400, 'resolution'],
    ['POST', `/cases/${caseId}/actions`, { kind: 'teleport' }, 400, 'kind'],
    ['POST', `/cases/${caseId}/actions`, { kind: 'reship', cost: -5 }, 400, 'cost'],
    ['POST', '/users', { email: 'not-an-email', name: 'X', role: 'agent', password: 'long-enough-pw' }, 400, 'email'],
    ['POST', '/assess', { store: {} }, 400],
  ];
  for (const [method, path, body, status, field] of cases_) {
    const client = path === '/users' ? owner : agent;
    const res = await client.request(method, path, body);
    assert.equal(
      res.status,
      status,
      `${method} ${path} ${JSON.stringify(body)?.slice(0, 80)} → ${res.status} ${JSON.stringify(res.body)}`,
    );
    assert.ok(res.headers.get('content-type')?.startsWith('application/problem+json'), `${path} content type`);
    for (const key of ['type', 'title', 'status', 'detail']) assert.ok(key in res.body, `${path}: problem has ${key}`);
    if (field) assert.equal(res.body.field, field, `${method} ${path}: field`);
  }
  assert.deepEqual(await counts(), before);
  assert.equal((await deps.db.select({ n: count() }).from(auditLog))[0]?.n, auditBefore);
});

test('without a session or token every API route is 401; unknown routes are 404 problems', async () => {
  const anonymous = createClient(app.baseUrl);
  for (const path of ['/cases', `/cases/${caseId}`, '/customers', '/auth/me'])
    assert.equal((await anonymous.get(path)).status, 401, path);
  const bogus = createClient(app.baseUrl, { token: 'as_t_not-a-real-token' });
  assert.equal((await bogus.get('/cases')).status, 401);
  const missing = await agent.get('/no-such-thing');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.status, 404);
});

test('a template the tone guard objects to is refused with its issues and not saved', async () => {
  const body = 'Did you even read the instructions?';
  const refused = await supervisor.post('/templates', { name: 'usage', language: 'en', body });
  assert.equal(refused.status, 422);
  assert.equal(refused.body.field, 'body');
  assert.ok(refused.body.issues.length > 0);
  assert.equal((await supervisor.get('/templates')).body.items.length, 0);
  const saved = await supervisor.post('/templates', {
    name: 'usage',
    language: 'en',
    body: 'Here is how to wash linen so it stays soft.',
  });
  assert.equal(saved.status, 201);
});

test('policy changes merge into the overrides; null puts one parameter back to its default', async () => {
  await owner.patch('/stores/current', { policy: { goodwillLimit: 7000, refundApprovalLimit: 30000 } });
  const merged = await owner.patch('/stores/current', { policy: { firstResponseSlaHours: 4 } });
  assert.equal(merged.status, 200);
  assert.equal(merged.body.policy.goodwillLimit, 7000, 'an override not named stays');
  assert.equal(merged.body.policy.firstResponseSlaHours, 4);
  const cleared = await owner.patch('/stores/current', { policy: { firstResponseSlaHours: null } });
  assert.equal(cleared.status, 200);
  assert.equal('firstResponseSlaHours' in cleared.body.policy, false);
  assert.equal(cleared.body.policy.refundApprovalLimit, 30000);
  const unknown = await owner.patch('/stores/current', { policy: { goodwilLimit: null } });
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.field, 'policy.goodwilLimit');
  assert.equal(
    (await owner.get('/stores/current')).body.policy.refundApprovalLimit,
    30000,
    'a refused change changes nothing',
  );
  await owner.patch('/stores/current', { policy: { goodwillLimit: 5000, refundApprovalLimit: 20000 } });
});
