// The channels' settings, read from the environment once at start (kept apart from the core
// Config so the desk runs without any mail server configured).
import type { ImapConfig } from './email/imap-fetch.ts';
import type { RetryPolicy } from './email/retry-policy.ts';
import { DEFAULT_RETRY } from './email/retry-policy.ts';
import type { SmtpConfig } from './email/send-mail.ts';

export type ChannelsConfig = {
  /** The store whose mailbox IMAP/SMTP intake feeds (one mailbox per desk instance). */
  mailStoreId?: string;
  /** From: of every outgoing mail, e.g. "Linen & Co <help@linen.example>". */
  mailFrom: string;
  smtp?: SmtpConfig;
  imap?: ImapConfig;
  imapPollMs: number;
  /** Port of the receiving SMTP server (0 = off). */
  smtpInboundPort: number;
  retry: RetryPolicy;
  workerPollMs: number;
  slaSweepMs: number;
};

const num = (value: string | undefined, fallback: number): number =>
  value && Number.isFinite(Number(value)) ? Number(value) : fallback;

/** Reads MAIL_*, SMTP_*, IMAP_* and WORKER_* variables; a missing host leaves that channel off. */
export function readChannelsConfig(env: NodeJS.ProcessEnv = process.env): ChannelsConfig {
  return {
    mailStoreId: env.MAIL_STORE_ID || undefined,
    mailFrom: env.MAIL_FROM || 'help@aftersales.invalid',
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: num(env.SMTP_PORT, 587),
          secure: env.SMTP_SECURE === 'true',
          user: env.SMTP_USER,
          pass: env.SMTP_PASS,
        }
      : undefined,
    imap: env.IMAP_HOST
      ? {
          host: env.IMAP_HOST,
          port: num(env.IMAP_PORT, 993),
          secure: env.IMAP_SECURE !== 'false',
          user: env.IMAP_USER ?? '',
          pass: env.IMAP_PASS ?? '',
          mailbox: env.IMAP_MAILBOX || 'INBOX',
        }
      : undefined,
    imapPollMs: num(env.IMAP_POLL_MS, 30_000),
    smtpInboundPort: num(env.SMTP_INBOUND_PORT, 0),
    retry: {
      ...DEFAULT_RETRY,
      baseMs: num(env.MAIL_RETRY_BASE_MS, DEFAULT_RETRY.baseMs),
      maxAttempts: num(env.MAIL_RETRY_MAX_ATTEMPTS, DEFAULT_RETRY.maxAttempts),
    },
    workerPollMs: num(env.WORKER_POLL_MS, 1_000),
    slaSweepMs: num(env.SLA_SWEEP_MS, 60_000),
  };
}
