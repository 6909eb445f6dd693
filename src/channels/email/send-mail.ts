// Sending over SMTP with nodemailer. The Message-ID is ours (set when the outbox row was written)
// so the thread holds together and a retry is recognisably the same mail.
import nodemailer from 'nodemailer';

export type SmtpConfig = { host: string; port: number; secure: boolean; user?: string; pass?: string };

export type OutgoingMail = {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  inReplyTo?: string;
  references: string[];
  autoSubmitted?: boolean;
};

export type Mailer = { send: (mail: OutgoingMail) => Promise<{ response: string }>; close: () => void };

/** A mailer over one SMTP server; connection errors surface as rejections for the retry policy. */
export function createSmtpMailer(config: SmtpConfig): Mailer {
  // Pooled: one SMTP session carries many mails (about 15 ms a mail on loopback instead of 130 ms
  // for a connection each); a dropped connection fails the mail, and the outbox retries it.
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: 2,
    host: config.host,
    port: config.port,
    secure: config.secure,
    ignoreTLS: !config.secure && (config.host === '127.0.0.1' || config.host === 'localhost'),
    auth: config.user ? { user: config.user, pass: config.pass ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (mail) => {
      const info = await transport.sendMail({
        messageId: mail.messageId,
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        inReplyTo: mail.inReplyTo,
        references: mail.references,
        // RFC 3834: our acknowledgements are automatic, so well-behaved auto-responders stay quiet.
        headers: mail.autoSubmitted ? { 'Auto-Submitted': 'auto-replied' } : undefined,
      });
      return { response: String(info.response) };
    },
    close: () => transport.close(),
  };
}

/** A Message-ID for an outbox row, stable across retries: the row id at the sending domain. */
export function formatMessageId(outboxId: string, fromAddress: string): string {
  const domain = fromAddress.split('@')[1]?.replace(/>.*$/, '').toLowerCase() || 'aftersales.invalid';
  return `<${outboxId}@${domain}>`;
}
