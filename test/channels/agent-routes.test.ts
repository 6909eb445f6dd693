// Agent-side channel routes over real HTTP: logging phone calls, and the mail of a case — its
// delivery status, and a retry of a failed one — visible only within the agent's store.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { ingestMail } from '../../src/channels/email/ingest-mail.ts';
import { mailOutbox } from '../../src/db/schema/channels.ts';
import { cases, messages } from '../../src/db/schema/index.ts';
import { buildStore, buildUser } from '../helpers/factories.ts';
import { createClient, startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let server: Awaited<ReturnType<typeof startApp>>;
let agent: ReturnType<typeof createClient>;
let stranger: ReturnType<typeof createClient>;
let storeId: string;

before(async () => {
  deps = await createTestDeps();
  server = await startApp(deps);
  storeId = (await buildStore(deps)).id;
  const user = await buildUser(deps, storeId);
  agent = createClient(server.baseUrl);
  await agent.login(user.email, user.password);
  const other = await buildUser(deps, (await buildStore(deps)).id);
  stranger = createClient(server.baseUrl);
  await stranger.login(other.email, other.password);
});
after(async () => {
  await server.close();
  await deps.cleanup();
});

test('a phone call opens a case by phone identity, counts as a response, and can be added to a case', async () => {
  const first = await agent.post('/channels/phone-calls', {
    phone: '+7 (912) 345-67-89',
    name: 'Ирина',
    caller: 'customer',
    summary: 'Посылка не пришла, просит проверить трек.',
    durationSeconds: 240,
  });
  assert.equal(first.status, 201);
  assert.equal(first.body.caseCreated, true);
  const [kase] = await deps.db.select().from(cases).where(eq(cases.id, first.body.caseId));
  assert.equal(kase?.channel, 'phone');
  assert.ok(kase?.firstRespondedAt, 'the agent spoke with the customer');
  const again = await agent.post('/channels/phone-calls', {
    caseId: first.body.caseId,
    phone: '+79123456789',
    caller: 'agent',
    summary: 'Перезвонили: трек обновился, посылка в пути.',
  });
  assert.equal(again.status, 201);
  assert.equal(again.body.caseId, first.body.caseId);
  const calls = await deps.db.select().from(messages).where(eq(messages.caseId, first.body.caseId));
  assert.deepEqual(
    calls.map((m) => [m.channel, m.sender]),
    [
      ['phone', 'phone:+79123456789'],
      ['phone', 'phone:+79123456789'],
    ],
  );
  assert.match(calls[0]?.body ?? '', /^Call from the customer \(4 min\): Посылка/);
  assert.equal(
    (await agent.post('/channels/phone-calls', { phone: 'abc--', caller: 'customer', summary: 'x' })).status,
    400,
  );
});

test('the mail of a case shows its delivery, and a failed mail can be retried', async () => {
  const mail = Buffer.from(
    'From: buyer@customer.example\r\nSubject: Hello\r\nMessage-ID: <agent-routes-1@customer.example>\r\n\r\nWhere is my parcel?\r\n',
  );
  const opened = await ingestMail(deps, storeId, mail, 'help@linen.example');
  assert.ok(opened.kind === 'stored');
  const listed = await agent.get(`/channels/cases/${opened.caseId}/mail`);
  assert.equal(listed.status, 200);
  assert.equal(listed.body.items.length, 1);
  const ack = listed.body.items[0];
  assert.deepEqual([ack.kind, ack.status, ack.to], ['acknowledgement', 'queued', 'buyer@customer.example']);
  assert.equal(
    (await stranger.get(`/channels/cases/${opened.caseId}/mail`)).body.items.length,
    0,
    'another store sees nothing',
  );
  assert.equal(
    (await agent.post(`/channels/cases/${opened.caseId}/mail/${ack.id}/retry`)).status,
    409,
    'only failed mail is retried',
  );
  await deps.db
    .update(mailOutbox)
    .set({ status: 'failed', attempts: 7, lastError: '550 no such user' })
    .where(eq(mailOutbox.id, ack.id));
  assert.equal((await stranger.post(`/channels/cases/${opened.caseId}/mail/${ack.id}/retry`)).status, 404);
  assert.equal((await agent.post(`/channels/cases/${opened.caseId}/mail/${ack.id}/retry`)).status, 200);
  const [row] = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.id, ack.id));
  assert.deepEqual([row?.status, row?.attempts, row?.messageId], ['queued', 0, ack.messageId]);
});
