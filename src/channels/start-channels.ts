// Starts the channels' background side in a process: the worker loops (SLA sweep, follow-ups,
// outbox, IMAP) and the receiving SMTP server, as configured by readChannelsConfig().
// `serve` calls it after the app listens; a worker-only process can call it alone.

import type { Deps } from '../deps.ts';
import { startWorker } from '../jobs/worker.ts';
import { type ChannelsConfig, readChannelsConfig } from './channels-config.ts';
import { ingestMail } from './email/ingest-mail.ts';
import { createSmtpMailer } from './email/send-mail.ts';
import { startSmtpReceiver } from './email/smtp-receive.ts';

export type RunningChannels = { stop: () => Promise<void> };

/** Starts the worker and, when SMTP_INBOUND_PORT and MAIL_STORE_ID are set, the SMTP receiver. */
export async function startChannels(
  deps: Deps,
  config: ChannelsConfig = readChannelsConfig(),
): Promise<RunningChannels> {
  const mailer = config.smtp ? createSmtpMailer(config.smtp) : undefined;
  const worker = startWorker(deps, { channels: config, mailer });
  const storeId = config.mailStoreId;
  const receiver =
    config.smtpInboundPort && storeId
      ? await startSmtpReceiver({
          port: config.smtpInboundPort,
          host: deps.config.host,
          maxBytes: 25 * 1024 * 1024,
          ingest: async (raw) => void (await ingestMail(deps, storeId, raw, config.mailFrom)),
        })
      : undefined;
  if (receiver) deps.log.info(`receiving mail for store ${storeId} on SMTP port ${receiver.port}`);
  if (!mailer) deps.log.info('SMTP_HOST is not set: replies stay in the outbox until it is');
  return {
    stop: async () => {
      await receiver?.close();
      await worker.stop();
      mailer?.close();
    },
  };
}
