// The jobs table primitive: enqueue in the caller's transaction (so a job exists iff its change
// committed), and claim due jobs with FOR UPDATE SKIP LOCKED so any number of workers share the
// queue without taking the same job. The worker, retries and schedules are built on these.
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';
import { jobs } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';

export type Job = typeof jobs.$inferSelect;
export type EnqueueInput = {
  kind: string;
  payload?: Record<string, unknown>;
  storeId?: string | null;
  runAt?: Date;
  dedupeKey?: string;
  maxAttempts?: number;
};

/** Adds a job inside the given transaction; with a dedupeKey, a second enqueue of the same key is a no-op (returns null). */
export async function enqueueJob(
  tx: Db,
  deps: Pick<Deps, 'ids' | 'clock'>,
  input: EnqueueInput,
): Promise<string | null> {
  const now = deps.clock.now();
  const rows = await tx
    .insert(jobs)
    .values({
      id: deps.ids(),
      kind: input.kind,
      payload: input.payload ?? {},
      storeId: input.storeId ?? null,
      runAt: input.runAt ?? now,
      dedupeKey: input.dedupeKey ?? null,
      maxAttempts: input.maxAttempts ?? 5,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: jobs.dedupeKey })
    .returning({ id: jobs.id });
  return rows[0]?.id ?? null;
}

/** Claims up to `limit` due queued jobs (optionally of some kinds) for `workerId`: they become running with attempts + 1. */
export async function claimJobs(
  db: Db,
  deps: Pick<Deps, 'clock'>,
  options: { workerId: string; limit?: number; kinds?: string[] },
): Promise<Job[]> {
  const now = deps.clock.now();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          eq(jobs.status, 'queued'),
          lte(jobs.runAt, now),
          options.kinds?.length ? inArray(jobs.kind, options.kinds) : undefined,
        ),
      )
      .orderBy(jobs.runAt)
      .limit(options.limit ?? 10)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(jobs)
      .set({
        status: 'running',
        lockedAt: now,
        lockedBy: options.workerId,
        attempts: sql`${jobs.attempts} + 1`,
        updatedAt: now,
      })
      .where(
        inArray(
          jobs.id,
          due.map((j) => j.id),
        ),
      )
      .returning();
  });
}

/** Marks a claimed job done. */
export async function completeJob(db: Db, deps: Pick<Deps, 'clock'>, jobId: string): Promise<void> {
  await db.update(jobs).set({ status: 'done', lockedAt: null, updatedAt: deps.clock.now() }).where(eq(jobs.id, jobId));
}

/** Records a failure: back to queued at `retryAt` while attempts remain, else failed for good. */
export async function failJob(
  db: Db,
  deps: Pick<Deps, 'clock'>,
  job: Job,
  error: string,
  retryAt: Date,
): Promise<void> {
  const isFinal = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      status: isFinal ? 'failed' : 'queued',
      runAt: isFinal ? job.runAt : retryAt,
      lockedAt: null,
      lockedBy: null,
      lastError: error.slice(0, 2000),
      updatedAt: deps.clock.now(),
    })
    .where(eq(jobs.id, job.id));
}
