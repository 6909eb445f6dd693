// The worker: the background loops of the desk, each on its own interval — queue agent replies as
// mail, send the outbox, sweep SLA timers, poll the store's IMAP mailbox. Everything it works on is
// in the database, so any number of workers can run (SKIP LOCKED claims) and a restart loses nothing.
import type { ChannelsConfig } from '../channels/channels-config.ts';
import { pollMailbox } from '../channels/email/poll-mailbox.ts';
import type { Mailer } from '../channels/email/send-mail.ts';
import type { Deps } from '../deps.ts';
import { queueEmailReplies } from './handlers/queue-email-replies.ts';
import { runOutbox } from './handlers/send-mail-outbox.ts';
import { sweepSla } from './handlers/sweep-sla.ts';

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
  const tasks: Task[] = [{ name: 'sla-sweep', everyMs: channels.slaSweepMs, run: () => sweepSla(deps) }];
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
  if (imap && mailStoreId) tasks.push({ name: 'imap', everyMs: channels.imapPollMs, run: () => pollMailbox(deps, mailStoreId, imap, channels.mailFrom) });
  return tasks;
}

async function runTask(deps: Deps, task: Task): Promise<void> {
  try {
    await task.run();
  } catch (error) {
    // A server being down is routine for the mail loops: log and try again next tick.
    deps.log.warn(`worker ${task.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
