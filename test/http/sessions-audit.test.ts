// Sessions live in the database (two app instances agree), login is rate-limited in the database,
// reveals and tone overrides are audited, and a case closes only with its record.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkTone } from '../../src/core/tone/check-tone.ts';
import { createDeps, createLog, type Deps } from '../../src/deps.ts';
import { buildCase, buildOrder, buildStore, buildUser } from '../helpers/factories.ts';
import { createClient, startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let otherDeps: Deps;
let appOne: Awaited<ReturnType<typeof startApp>>;
let appTwo: Awaited<ReturnType<typeof startApp>>;
let storeId: string;

before(async () => {
  deps = await createTestDeps({ loginMaxFailures: 3 });
  // On PostgreSQL the second instance has its own connection pool, as a second process would;
  // an in-memory PGlite can only be shared.
  otherDeps = deps.config.databaseUrl ? await createDeps(deps.config, { log: createLog(true) }) : deps;
  appOne = await startApp(deps);
  appTwo = await startApp(otherDeps);
  storeId = (await buildStore(deps)).id;
});
after(async () => {
  await appOne.close();
  await appTwo.close();
  if (otherDeps !== deps) await otherDeps.dbHandle.close();
  await deps.cleanup();
});

test('a session opened on one instance works on the other, and logging out ends it on both', async () => {
  const user = await buildUser(deps, storeId);
  const client = createClient(appOne.baseUrl);
  assert.equal(await client.login(user.email, user.password), 200);
  const cookie = await (async () => {
    const res = await fetch(`${appOne.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    return res.headers.get('set-cookie')?.split(';')[0] ?? '';
  })();
  const onTwo = await fetch(`${appTwo.baseUrl}/api/v1/auth/me`, { headers: { cookie } });
  assert.equal(onTwo.status, 200);
  assert.ok((await onTwo.text()).includes(user.id));
  assert.equal(
    (await fetch(`${appOne.baseUrl}/api/v1/auth/logout`, { method: 'POST', headers: { cookie } })).status,
    200,
  );
  assert.equal((await fetch(`${appTwo.baseUrl}/api/v1/auth/me`, { headers: { cookie } })).status, 401);
  assert.equal((await client.get('/auth/me')).status, 200, 'the other session is still open');
});

test('failed logins are counted in the database: the limit holds across instances, even for the right password', async () => {
  const user = await buildUser(deps, storeId);
  const one = createClient(appOne.baseUrl);
  const two = createClient(appTwo.baseUrl);
  assert.equal(await one.login(user.email, 'wrong-1'), 401);
  assert.equal(await two.login(user.email, 'wrong-2'), 401);
  assert.equal(await one.login(user.email.toUpperCase(), 'wrong-3'), 401);
  assert.equal(await two.login(user.email, user.password), 429);
  const other = await buildUser(deps, storeId);
  assert.equal(await two.login(other.email, other.password), 200, 'other accounts are not locked');
});

test('revealing personal data writes an audit entry; lists stay masked', async () => {
  const owner = await buildUser(deps, storeId, { role: 'owner' });
  const client = createClient(appOne.baseUrl);
  await client.login(owner.email, owner.password);
  const order = await buildOrder(deps, storeId, {
    identity: 'email:reveal.me@example.test',
    shippingAddress: '9 Secret Row, Leeds',
  });
  const opened = await buildCase(deps, storeId, {
    from: 'email:reveal.me@example.test',
    text: 'Where is it?',
    orderRef: order.number,
  });
  const masked = await client.get(`/customers/${opened.customerId}`);
  assert.deepEqual(masked.body.identities, ['email:r*****@e*****.test']);
  const revealed = await client.post(`/customers/${opened.customerId}/reveal`);
  assert.deepEqual(revealed.body.identities, ['email:reveal.me@example.test']);
  const orderRevealed = await client.post(`/orders/${order.id}/reveal`);
  assert.equal(orderRevealed.body.shippingAddress, '9 Secret Row, Leeds');
  assert.equal((await client.get(`/orders/${order.id}`)).body.shippingAddress, '9 ***');
  const audit = await client.get('/audit?limit=200');
  const entries = audit.body.items.map(
    (e: { action: string; entityId: string; actorId: string }) => `${e.action}:${e.entityId}:${e.actorId}`,
  );
  assert.ok(entries.includes(`customer.revealed:${opened.customerId}:${owner.id}`));
  assert.ok(entries.includes(`order.revealed:${order.id}:${owner.id}`));
});

test('a reply with tone problems is refused with the issues unless overridden, and the override is audited', async () => {
  const draft = 'Did you even read the instructions?';
  assert.ok(checkTone(draft, { language: 'en' }).issues.length > 0, 'precondition: the tone guard flags this draft');
  const agentUser = await buildUser(deps, storeId);
  const agent = createClient(appOne.baseUrl);
  await agent.login(agentUser.email, agentUser.password);
  const { caseId } = await buildCase(deps, storeId, { text: 'The napkins are the wrong size.' });
  const refused = await agent.post(`/cases/${caseId}/messages`, { body: draft, language: 'en' });
  assert.equal(refused.status, 422);
  assert.ok(refused.body.issues.length > 0);
  assert.equal((await agent.get(`/cases/${caseId}/messages`)).body.items.length, 1, 'nothing was sent');
  const sent = await agent.post(`/cases/${caseId}/messages`, { body: draft, language: 'en', override: true });
  assert.equal(sent.status, 201);
  const owner = await buildUser(deps, storeId, { role: 'supervisor' });
  const sup = createClient(appOne.baseUrl);
  await sup.login(owner.email, owner.password);
  const audit = await sup.get(`/audit?entityId=${caseId}&action=case.replied.tone_override`);
  assert.equal(audit.body.items.length, 1);
  assert.equal(audit.body.items[0].actorId, agentUser.id);
  const view = await agent.get(`/cases/${caseId}`);
  assert.equal(view.body.case.status, 'waiting_customer');
  assert.ok(view.body.case.firstRespondedAt);
});

test('a case closes only with its record', async () => {
  const agentUser = await buildUser(deps, storeId);
  const agent = createClient(appOne.baseUrl);
  await agent.login(agentUser.email, agentUser.password);
  const { caseId } = await buildCase(deps, storeId, { text: 'Parcel arrived, all good, thanks!' });
  assert.equal(
    (await agent.post(`/cases/${caseId}/close`, { category: 'general', rootCause: '', resolution: 'thanked', cost: 0 }))
      .status,
    400,
  );
  assert.equal(
    (await agent.post(`/cases/${caseId}/close`, { category: 'general', rootCause: 'none', resolution: 'thanked' }))
      .status,
    400,
  );
  assert.equal((await agent.get(`/cases/${caseId}`)).body.case.status, 'new');
  assert.equal(
    (
      await agent.post(`/cases/${caseId}/close`, {
        category: 'general',
        rootCause: 'none',
        resolution: 'thanked the customer',
        cost: 0,
      })
    ).status,
    200,
  );
  const view = await agent.get(`/cases/${caseId}`);
  assert.equal(view.body.case.status, 'closed');
  assert.equal(view.body.rootCause, 'none');
  assert.equal(
    (
      await agent.post(`/cases/${caseId}/close`, {
        category: 'general',
        rootCause: 'none',
        resolution: 'again',
        cost: 0,
      })
    ).status,
    409,
  );
});
