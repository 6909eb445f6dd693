// SLA timers in the database: a first-response timer that runs out while the desk is stopped fires
// when it starts again; each breach is escalated once even with two workers sweeping at the same time.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { readChannelsConfig } from '../../src/channels/channels-config.ts';
import { ingestMail } from '../../src/channels/email/ingest-mail.ts';
import { readConfig } from '../../src/config.ts';
import { slaEscalations } from '../../src/db/schema/channels.ts';
import { actions, auditLog, cases, jobs, messages } from '../../src/db/schema/index.ts';
import { createDeps, createLog, type Deps } from '../../src/deps.ts';
import { replyToCase } from '../../src/flows/reply-to-case.ts';
import { sweepSla } from '../../src/jobs/handlers/sweep-sla.ts';
import { startWorker } from '../../src/jobs/worker.ts';
import { buildStore, buildUser } from '../helpers/factories.ts';
import { openTestDb } from '../helpers/test-db.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-sla-'));
// On PostgreSQL a fresh database (reopened by URL after the "stop"); on PGlite a data folder on disk.
const testDb = process.env.TEST_DATABASE_URL ? await openTestDb(2) : undefined;
await testDb?.handle.close();
after(async () => {
  await testDb?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

let now = new Date('2026-11-23T09:00:00.000Z');
const clock = { now: () => new Date(now) };
const open = () =>
  createDeps(
    readConfig({}, { databaseUrl: testDb?.databaseUrl ?? '', dataDir, dbPoolSize: 4, webDist: '/nonexistent' }),
    { clock, log: createLog(true) },
  );
const mail = (i: number, from: string) =>
  Buffer.from(
    [
      `From: ${from}`,
      `Subject: Где мой заказ ${i}`,
      `Message-ID: <sla-${i}@customer.example>`,
      'Date: Mon, 23 Nov 2026 09:00:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Здравствуйте, посылка не пришла.',
      '',
    ].join('\r\n'),
  );

test('a timer that runs out while the desk is stopped fires after it starts; once per breach', async () => {
  let deps: Deps = await open();
  const store = await buildStore(deps, { name: 'Taiga', language: 'ru', policy: { firstResponseSlaHours: 2 } });
  const supervisor = await buildUser(deps, store.id, { role: 'supervisor', name: 'Sveta' });
  const agent = await buildUser(deps, store.id, { role: 'agent' });
  const late = await ingestMail(deps, store.id, mail(1, 'late@customer.example'), 'help@taiga.example');
  const answered = await ingestMail(deps, store.id, mail(2, 'answered@customer.example'), 'help@taiga.example');
  assert.ok(late.kind === 'stored' && answered.kind === 'stored');
  const [row] = await deps.db.select().from(cases).where(eq(cases.id, late.caseId));
  assert.equal(row?.firstResponseDueAt?.toISOString(), '2026-11-23T11:00:00.000Z');
  now = new Date('2026-11-23T10:00:00.000Z');
  await replyToCase(
    deps,
    { userId: agent.id, storeId: store.id, role: 'agent', name: agent.name, via: 'session' },
    answered.caseId,
    { body: 'Здравствуйте! Посылка в пути, завтра проверим трек ещё раз.', direction: 'out', override: true },
  );
  assert.deepEqual(await sweepSla(deps), { escalated: 0, checked: 0 }, 'nothing due yet');
  await deps.dbHandle.close(); // the desk stops …

  now = new Date('2026-11-23T11:30:00.000Z'); // … the timer runs out while it is down …
  deps = await open(); // … and it starts again.
  const channels = { ...readChannelsConfig({}), slaSweepMs: 60_000 };
  const workers = [startWorker(deps, { channels }), startWorker(deps, { channels })];
  await Promise.all(workers.map((w) => w.tickAll()));
  await Promise.all(workers.map((w) => w.stop()));

  const [escalated] = await deps.db.select().from(cases).where(eq(cases.id, late.caseId));
  assert.equal(escalated?.priority, 'high');
  assert.equal(escalated?.assigneeId, supervisor.id);
  assert.ok(escalated?.tags.includes('sla_breached:first_response'));
  const breaches = await deps.db.select().from(slaEscalations).where(eq(slaEscalations.caseId, late.caseId));
  assert.equal(breaches.length, 1, 'escalated once by two workers');
  const notes = await deps.db.select().from(messages).where(eq(messages.caseId, late.caseId));
  assert.ok(notes.some((m) => m.direction === 'note' && /overdue by 30 min/.test(m.body)));
  const audits = await deps.db.select().from(auditLog).where(eq(auditLog.entityId, late.caseId));
  assert.equal(audits.filter((a) => a.action === 'case.escalated').length, 1);
  const [calm] = await deps.db.select().from(cases).where(eq(cases.id, answered.caseId));
  assert.equal(calm?.priority, 'normal', 'the answered case is not escalated');
  assert.deepEqual(await sweepSla(deps), { escalated: 0, checked: 0 }, 'a later sweep finds nothing new');

  // The customer writes again and nobody answers within the follow-up SLA (24 h): a follow-up breach.
  now = new Date('2026-11-23T12:00:00.000Z');
  await ingestMail(
    deps,
    store.id,
    Buffer.from(
      mail(3, 'answered@customer.example')
        .toString()
        .replace('Subject: Где мой заказ 3', `Subject: Re: [#C-${answered.caseId.replace(/-/g, '').slice(0, 8)}]`),
    ),
    'help@taiga.example',
  );
  now = new Date('2026-11-24T12:30:00.000Z');
  const sweep = await sweepSla(deps);
  assert.equal(sweep.escalated, 1);
  const [followUp] = await deps.db.select().from(slaEscalations).where(eq(slaEscalations.caseId, answered.caseId));
  assert.equal(followUp?.timer, 'follow_up');
  await deps.dbHandle.close();
});

test('an action leaves a follow-up reminder that brings the case back when due, scheduled once', async () => {
  now = new Date('2026-11-25T09:00:00.000Z');
  const deps = await open();
  const store = await buildStore(deps, { name: 'Follow-ups', language: 'en' });
  const opened = await ingestMail(deps, store.id, mail(10, 'trace@customer.example'), 'help@taiga.example');
  assert.ok(opened.kind === 'stored');
  await deps.db.update(cases).set({ status: 'waiting_carrier' }).where(eq(cases.id, opened.caseId));
  const actionId = deps.ids();
  await deps.db.insert(actions).values({
    id: actionId,
    storeId: store.id,
    caseId: opened.caseId,
    kind: 'carrier_trace',
    status: 'done',
    createdAt: now,
    decidedAt: now,
  });
  const channels = { ...readChannelsConfig({}), slaSweepMs: 60_000 };
  const tickBoth = async () => {
    const workers = [startWorker(deps, { channels }), startWorker(deps, { channels })];
    await Promise.all(workers.map((w) => w.tickAll()));
    await Promise.all(workers.map((w) => w.stop()));
  };
  await tickBoth();
  const reminders = await deps.db
    .select()
    .from(jobs)
    .where(eq(jobs.dedupeKey, `follow-up:${actionId}`));
  assert.equal(reminders.length, 1, 'scheduled once by two workers');
  assert.equal(
    reminders[0]?.runAt.toISOString(),
    '2026-11-27T09:00:00.000Z',
    'a trace is checked again two days later',
  );
  assert.equal(reminders[0]?.status, 'queued');

  now = new Date('2026-11-27T09:05:00.000Z');
  await tickBoth();
  const [kase] = await deps.db.select().from(cases).where(eq(cases.id, opened.caseId));
  assert.equal(kase?.status, 'open', 'the waiting case comes back to the agent');
  const notes = await deps.db.select().from(messages).where(eq(messages.caseId, opened.caseId));
  assert.equal(notes.filter((m) => m.sender === 'system:follow-up').length, 1);
  assert.match(notes.find((m) => m.sender === 'system:follow-up')?.body ?? '', /Check the tracking again/);
  await deps.dbHandle.close();
});

test('an urgent case is due sooner: raising the priority pulls the first-response time in', async () => {
  now = new Date('2026-11-28T09:00:00.000Z');
  const deps = await open();
  const store = await buildStore(deps, { name: 'Urgent', policy: { firstResponseSlaHours: 4 } });
  const fresh = Buffer.from(
    mail(20, 'vip@customer.example')
      .toString()
      .replace('Date: Mon, 23 Nov 2026 09:00:00 +0000', 'Date: Sat, 28 Nov 2026 09:00:00 +0000'),
  );
  const opened = await ingestMail(deps, store.id, fresh, 'help@taiga.example');
  assert.ok(opened.kind === 'stored');
  await deps.db.update(cases).set({ priority: 'urgent' }).where(eq(cases.id, opened.caseId));
  now = new Date('2026-11-28T10:05:00.000Z'); // 1 h 5 min later: past an urgent case's quarter of 4 h
  const result = await sweepSla(deps);
  assert.equal(result.escalated, 1);
  const [kase] = await deps.db.select().from(cases).where(eq(cases.id, opened.caseId));
  assert.equal(kase?.firstResponseDueAt?.toISOString(), '2026-11-28T10:00:00.000Z');
  assert.equal((await sweepSla(deps)).escalated, 0);
  await deps.dbHandle.close();
});
