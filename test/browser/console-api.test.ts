// The console's own routes over real HTTP: the inbox at 100,000 cases, priced actions and their
// limits, the approvals queue, store isolation and owner-only settings. (No browser needed.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildCase, buildOrder, buildStore, buildUser } from '../helpers/factories.ts';
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

async function team(storeName: string, policy = {}) {
  const store = await buildStore(deps, { name: storeName, policy });
  const roles = {
    agent: await buildUser(deps, store.id),
    supervisor: await buildUser(deps, store.id, { role: 'supervisor' }),
    owner: await buildUser(deps, store.id, { role: 'owner' }),
  };
  const as = async (role: keyof typeof roles) => {
    const c = createClient(app.baseUrl);
    assert.equal(await c.login(roles[role].email, roles[role].password), 200);
    return c;
  };
  return { store, as };
}

describe('console API', () => {
  test('the inbox pages, filters and searches 100,000 cases quickly, with a capped total', async () => {
    const { store, as } = await team('Big store');
    const zh = await buildCase(deps, store.id, { text: '你好，我的包裹三个星期还没到，请帮我查一下' });
    const ru = await buildCase(deps, store.id, { text: 'Здравствуйте, посылка пришла повреждённой' });
    await deps.db.execute(sql`
      insert into cases (id, store_id, channel, language, category, status, subject, search_text, search_tsv, next_due_at, created_at, updated_at)
      select gen_random_uuid(), ${store.id}::uuid, (array['email','chat','phone'])[1 + g % 3], 'en',
             (array['order_status','missing_items','damaged'])[1 + g % 3], (array['new','open','waiting_carrier','closed'])[1 + g % 4],
             'Where is order ' || g, 'where is order ' || g, to_tsvector('simple', 'where is order ' || g),
             now() + ((g % 48) - 24) * interval '1 hour', now() - g * interval '1 minute', now() - g * interval '1 minute'
      from generate_series(1, 100000) g`);
    await deps.db.execute(sql`analyze cases`);
    const agent = await as('agent');
    const timed = async (path: string) => {
      const started = performance.now();
      const res = await agent.get(path);
      const ms = performance.now() - started;
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return { body: res.body, ms };
    };
    const first = await timed('/console/cases?limit=50');
    assert.equal(first.body.items.length, 50);
    assert.equal(first.body.total, 10_000);
    assert.equal(first.body.totalCapped, true);
    const second = await timed('/console/cases?limit=50&offset=50');
    const ids = new Set(first.body.items.map((c: { id: string }) => c.id));
    assert.ok(
      second.body.items.every((c: { id: string }) => !ids.has(c.id)),
      'page two holds other cases',
    );
    const overdue = await timed('/console/cases?view=overdue');
    assert.ok(overdue.body.items.length > 0);
    assert.ok(
      overdue.body.items.every(
        (c: { nextDueAt: string; status: string }) =>
          Date.parse(c.nextDueAt) < Date.now() && ['new', 'open'].includes(c.status),
      ),
    );
    const carrier = await timed('/console/cases?view=waiting_carrier&channel=chat');
    assert.ok(
      carrier.body.items.every(
        (c: { status: string; channel: string }) => c.status === 'waiting_carrier' && c.channel === 'chat',
      ),
    );
    const searchZh = await timed(`/console/cases?q=${encodeURIComponent('包裹')}`);
    assert.deepEqual(
      searchZh.body.items.map((c: { id: string }) => c.id),
      [zh.caseId],
    );
    const searchRu = await timed(`/console/cases?q=${encodeURIComponent('посылка')}`);
    assert.deepEqual(
      searchRu.body.items.map((c: { id: string }) => c.id),
      [ru.caseId],
    );
    const searchEn = await timed('/console/cases?q=order%2099998');
    assert.equal(searchEn.body.items.length, 1);
    const slowest = Math.max(first.ms, second.ms, overdue.ms, carrier.ms, searchZh.ms, searchRu.ms, searchEn.ms);
    const warm: number[] = [];
    for (let i = 0; i < 9; i++) warm.push((await timed(`/console/cases?limit=50&offset=${i * 50}`)).ms);
    warm.sort((a, b) => a - b);
    console.log(
      `# inbox over 100,000 cases (${deps.dbHandle.kind}): warm page median ${(warm[4] ?? 0).toFixed(0)} ms, max ${(warm[8] ?? 0).toFixed(0)} ms; first page ${first.ms.toFixed(0)} ms, page 2 ${second.ms.toFixed(0)} ms, overdue ${overdue.ms.toFixed(0)} ms, zh search ${searchZh.ms.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms`,
    );
    assert.ok(
      slowest < 3000,
      `every inbox request answers within 3 s even on a busy machine (slowest ${slowest.toFixed(0)} ms)`,
    );
  });

  test('actions are priced by the server; limits send them to the approvals queue', async () => {
    const { store, as } = await team('Limits store', { goodwillLimit: 3000 });
    const order = await buildOrder(deps, store.id, { identity: 'email:olga@example.test', amountPaid: 4500 });
    const kase = await buildCase(deps, store.id, {
      from: 'email:olga@example.test',
      text: `Посылка не пришла, заказ ${order.number}`,
      orderRef: order.number,
    });
    const agent = await as('agent');
    const tooMuch = await agent.post(`/console/cases/${kase.caseId}/actions`, {
      kind: 'refund_partial',
      params: { amount: 999_999 },
    });
    assert.equal(tooMuch.status, 400);
    assert.equal(tooMuch.body.field, 'params.amount');
    const small = await agent.post(`/console/cases/${kase.caseId}/actions`, { kind: 'reship', params: { qty: 1 } });
    assert.equal(small.status, 201, JSON.stringify(small.body));
    assert.deepEqual([small.body.status, small.body.cost], ['done', 2000]);
    const big = await agent.post(`/console/cases/${kase.caseId}/actions`, {
      kind: 'reship',
      params: { qty: 2, returnLabel: true },
    });
    assert.deepEqual([big.body.status, big.body.cost], ['awaiting_approval', 5000]);
    assert.equal((await agent.get('/console/approvals')).status, 403, 'agents do not approve');
    const supervisor = await as('supervisor');
    const queue = await supervisor.get('/console/approvals');
    assert.deepEqual(
      queue.body.items.map((a: { id: string }) => a.id),
      [big.body.id],
    );
    const decided = await supervisor.post(`/console/approvals/${big.body.id}`, { approve: true });
    assert.equal(decided.body.status, 'done');
    assert.equal((await supervisor.get('/console/approvals')).body.items.length, 0);
    const detail = await agent.get(`/console/cases/${kase.caseId}`);
    assert.equal(detail.body.costTotal, 7000, 'both reships are in the cost ledger');
  });

  test('another store sees none of it; the console’s settings calls are the owner’s', async () => {
    const a = await team('Store A');
    const b = await team('Store B');
    const kase = await buildCase(deps, a.store.id, { text: 'Where is my parcel?' });
    const detailA = await (await a.as('agent')).get(`/console/cases/${kase.caseId}`);
    const bAgent = await b.as('agent');
    assert.equal((await bAgent.get(`/console/cases/${kase.caseId}`)).status, 404);
    assert.equal((await bAgent.post(`/console/cases/${kase.caseId}/actions`, { kind: 'carrier_trace' })).status, 404);
    assert.equal((await bAgent.get(`/console/customers/${detailA.body.customerId}`)).status, 404);
    assert.ok((await bAgent.get('/console/cases')).body.items.every((c: { id: string }) => c.id !== kase.caseId));
    assert.equal((await bAgent.patch('/stores/current', { policy: { goodwillLimit: 1 } })).status, 403);
    const owner = await b.as('owner');
    assert.equal((await owner.patch('/stores/current', { policy: { goodwillLimit: 9000 } })).status, 200);
    assert.equal((await owner.patch('/stores/current', { policy: { goodwillLimit: -1 } })).status, 400);
    const bad = await owner.post('/templates', {
      name: 'rude',
      language: 'zh-Hans',
      body: '你是第一个说有问题的',
    });
    assert.equal(bad.status, 422, 'a template failing the tone guard is refused');
    const me = await owner.get('/console/me');
    assert.equal(me.body.store.policy.goodwillLimit, 9000);
  });

  test('attachments are served to their own store only, and never as runnable HTML', async () => {
    const a = await team('Files A');
    const b = await team('Files B');
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64');
    const kase = await buildCase(deps, a.store.id, {
      text: 'The vase arrived broken, photos attached',
      attachments: [
        { kind: 'photo', name: 'vase.png', contentType: 'image/png', dataBase64: png },
        {
          kind: 'file',
          name: 'note.html',
          contentType: 'text/html',
          dataBase64: Buffer.from('<script>alert(1)</script>').toString('base64'),
        },
      ],
    });
    const agent = await a.as('agent');
    const detail = await agent.get(`/console/cases/${kase.caseId}`);
    const [photo, html] = detail.body.messages[0].attachments;
    const image = await agent.request('GET', `/console/attachments/${photo.id}`);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
    const page = await agent.request('GET', `/console/attachments/${html.id}`);
    assert.equal(page.headers.get('content-type'), 'application/octet-stream');
    assert.match(page.headers.get('content-disposition') ?? '', /^attachment;/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal((await (await b.as('agent')).request('GET', `/console/attachments/${photo.id}`)).status, 404);
  });
});
