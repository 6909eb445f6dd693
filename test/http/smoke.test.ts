import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildCase, buildStore, buildUser } from '../helpers/factories.ts';
import { createClient, startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let app: Awaited<ReturnType<typeof startApp>>;
before(async () => {
  deps = await createTestDeps();
  app = await startApp(deps);
});
after(async () => {
  await app.close();
  await deps.cleanup();
});

test('an agent logs in, sees the inbox and opens a case', async () => {
  const store = await buildStore(deps);
  const agent = await buildUser(deps, store.id);
  const created = await buildCase(deps, store.id, { text: 'Я не получил посылку, заказ 123456' });
  const client = createClient(app.baseUrl);
  assert.equal(await client.login(agent.email, agent.password), 200);
  const list = await client.get('/cases');
  assert.equal(list.status, 200);
  assert.deepEqual(
    list.body.items.map((c: { id: string }) => c.id),
    [created.caseId],
  );
  const one = await client.get(`/cases/${created.caseId}`);
  assert.equal(one.status, 200, JSON.stringify(one.body));
  assert.equal(one.body.messages.length, 1);
  assert.ok(one.body.assessment, 'the case is assessed at creation');
  assert.match(one.body.messages[0].sender, /^email:c\*+@e\*+\.test$/);
});

test('the OpenAPI document lists the API', async () => {
  const res = await fetch(`${app.baseUrl}/api/docs/json`);
  assert.equal(res.status, 200);
  const doc = await res.text();
  for (const path of ['/api/v1/cases', '/api/v1/intake', '/api/v1/import/orders', '/api/v1/cases/{id}/actions'])
    assert.ok(doc.includes(`"${path}"`), path);
});

test('with a built console, / and unknown non-API paths serve it; API paths still answer problems', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'as-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Aftersales console</title>');
  const consoleApp = await startApp({ ...deps, config: { ...deps.config, webDist: dir } });
  try {
    for (const path of ['/', '/cases/123']) {
      const res = await fetch(`${consoleApp.baseUrl}${path}`);
      assert.equal(res.status, 200, path);
      assert.match(await res.text(), /Aftersales console/);
    }
    const api = await fetch(`${consoleApp.baseUrl}/api/v1/nope`);
    assert.equal(api.status, 404);
    assert.match(api.headers.get('content-type') ?? '', /problem\+json/);
  } finally {
    await consoleApp.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
