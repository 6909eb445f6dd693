// The worker: the background loops of the desk, each on its own interval — schedule the SLA sweep
// and follow-up reminders as jobs (deterministic keys: two instances schedule one run), run due
// jobs, queue agent replies as mail and send the outbox, poll the store's IMAP mailbox. Everything
// is in the database, so any number of workers can run (SKIP LOCKED claims) and a restart loses nothing.
import { randomUUID } from 'node:crypto';
import type { ChannelsConfig } from '../channels/channels-config.ts';
import { pollMailbox } from '../channels/email/poll-mailbox.ts';
import type { Mailer } from '../channels/email/send-mail.ts';
import type { Deps } from '../deps.ts';
import { FOLLOW_UP_JOB, runFollowUp, scheduleFollowUps } from './handlers/follow-ups.ts';
import { queueEmailReplies } from './handlers/queue-email-replies.ts';
import { runOutbox } from './handlers/send-mail-outbox.ts';
import { sweepSla } from './handlers/sweep-sla.ts';
import { claimJobs, completeJob, enqueueJob, failJob, type Job } from './job-queue.ts';

export const SLA_SWEEP_JOB = 'sla.sweep';

export type WorkerOptions = { channels: ChannelsConfig; mailer?: Mailer };
export type Worker = { stop: () => Promise<void>; tickAll: () => Promise<void> };

type Task = { name: string; everyMs: number; run: () => Promise<unknown> };

/** Starts the loops; `stop()` waits for the running ticks to finish. */
export function startWorker(deps: Deps, options: WorkerOptions): Worker {
  const tasks = buildTasks(deps, options);
  let stopped = false;
  const running = new Set<Promise<void>>();
  const timers = tasks.map((task) => {
    let busy = false;
    const tick = () => {
      if (busy || stopped) return;
      busy = true;
      const run = runTask(deps, task).finally(() => {
        busy = false;
        running.delete(run);
      });
      running.add(run);
    };
    tick();
    return setInterval(tick, task.everyMs);
  });
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running);
    },
    tickAll: async () => {
      for (const task of tasks) await runTask(deps, task);
    },
  };
}

function buildTasks(deps: Deps, { channels, mailer }: WorkerOptions): Task[] {
  const workerId = `worker-${randomUUID().slice(0, 8)}`;
  const tasks: Task[] = [
    { name: 'schedule', everyMs: channels.slaSweepMs, run: () => scheduleRuns(deps) },
    { name: 'jobs', everyMs: channels.workerPollMs, run: () => runDueJobs(deps, workerId) },
  ];
  if (mailer) {
    tasks.push({
      name: 'outbox',
      everyMs: channels.workerPollMs,
      run: async () => {
        await queueEmailReplies(deps, channels.mailFrom);
        await runOutbox(deps, mailer, channels.retry);
      },
    });
  }
  const { imap, mailStoreId } = channels;
  if (imap && mailStoreId)
    tasks.push({
      name: 'imap',
      everyMs: channels.imapPollMs,
      run: () => pollMailbox(deps, mailStoreId, imap, channels.mailFrom),
    });
  return tasks;
}

/** One SLA sweep per minute, whatever the number of workers: the minute is the job's dedupe key. */
async function scheduleRuns(deps: Deps): Promise<void> {
  const minute = deps.clock.now().toISOString().slice(0, 16);
  await enqueueJob(deps.db, deps, {
    kind: SLA_SWEEP_JOB,
    dedupeKey: `${SLA_SWEEP_JOB}:${minute}`,
    runAt: new Date(`${minute}:00.000Z`),
    maxAttempts: 1,
  });
  await scheduleFollowUps(deps);
}

const HANDLERS: Record<string, (deps: Deps, job: Job) => Promise<unknown>> = {
  [SLA_SWEEP_JOB]: (deps) => sweepSla(deps),
  [FOLLOW_UP_JOB]: runFollowUp,
};

async function runDueJobs(deps: Deps, workerId: string): Promise<void> {
  for (const job of await claimJobs(deps.db, deps, { workerId, kinds: Object.keys(HANDLERS), limit: 20 })) {
    try {
      await HANDLERS[job.kind]?.(deps, job);
      await completeJob(deps.db, deps, job.id);
    } catch (error) {
      const retryAt = new Date(deps.clock.now().getTime() + 30_000 * 2 ** Math.max(0, job.attempts - 1));
      await failJob(deps.db, deps, job, error instanceof Error ? error.message : String(error), retryAt);
    }
  }
}

async function runTask(deps: Deps, task: Task): Promise<void> {
  try {
    await task.run();
  } catch (error) {
    // A server being down is routine for the mail loops: log and try again next tick.
    deps.log.warn(`worker ${task.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
