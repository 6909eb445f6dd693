import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { claimJobs, completeJob, enqueueJob, failJob } from '../../src/jobs/job-queue.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
before(async () => {
  deps = await createTestDeps();
});
after(() => deps.cleanup());

test('a job enqueued in a rolled-back transaction does not exist', async () => {
  await assert.rejects(
    deps.db.transaction(async (tx) => {
      await enqueueJob(tx, deps, { kind: 'rollback-probe' });
      throw new Error('boom');
    }),
  );
  assert.deepEqual(await claimJobs(deps.db, deps, { workerId: 'w', kinds: ['rollback-probe'] }), []);
});

test('a dedupe key enqueues once; concurrent claimers never share a job; failures retry then stop', async () => {
  assert.ok(await enqueueJob(deps.db, deps, { kind: 'sweep', dedupeKey: 'sweep:1' }));
  assert.equal(await enqueueJob(deps.db, deps, { kind: 'sweep', dedupeKey: 'sweep:1' }), null);
  for (let i = 0; i < 6; i++) await enqueueJob(deps.db, deps, { kind: 'mail', payload: { i }, maxAttempts: 2 });
  const [a, b] = await Promise.all([
    claimJobs(deps.db, deps, { workerId: 'a', limit: 4, kinds: ['mail'] }),
    claimJobs(deps.db, deps, { workerId: 'b', limit: 4, kinds: ['mail'] }),
  ]);
  const ids = [...a, ...b].map((j) => j.id);
  assert.equal(ids.length, 6);
  assert.equal(new Set(ids).size, 6);
  const [first] = a.length ? a : b;
  assert.ok(first);
  await failJob(deps.db, deps, first, 'smtp down', new Date(0));
  const [again] = await claimJobs(deps.db, deps, { workerId: 'a', kinds: ['mail'] });
  assert.equal(again?.id, first.id);
  assert.equal(again?.attempts, 2);
  await failJob(deps.db, deps, again, 'still down', new Date(0));
  assert.deepEqual(await claimJobs(deps.db, deps, { workerId: 'a', kinds: ['mail'] }), []);
  for (const j of [...a, ...b].filter((j) => j.id !== first.id)) await completeJob(deps.db, deps, j.id);
});
