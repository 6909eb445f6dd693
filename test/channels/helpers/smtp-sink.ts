// A real SMTP server on loopback (smtp-server, in process) standing in for the customer's mail
// provider: it records every message it accepts, and can be stopped and started to fake an outage.

import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { findFreePort } from './ports.ts';

export type ReceivedMail = {
  raw: Buffer;
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  inReplyTo?: string;
  references: string[];
};

export type SmtpSink = {
  port: number;
  received: ReceivedMail[];
  start: () => Promise<void>;
  stop: () => Promise<void>;
  waitFor: (count: number, timeoutMs: number) => Promise<void>;
};

/** An SMTP server that accepts any mail without auth and keeps it in memory. */
export async function createSmtpSink(port?: number, options: { rejectRecipients?: string[] } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const rejected = new Set(options.rejectRecipients ?? []);
  const chosen = port ?? (await findFreePort());
  let server: SMTPServer | undefined;
  const build = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      disableReverseLookup: true,
      logger: false,
      onRcptTo(address, _session, callback) {
        if (rejected.has(address.address))
          return callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks);
          const mail = await simpleParser(raw);
          const refs = mail.references;
          received.push({
            raw,
            messageId: mail.messageId ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            inReplyTo: mail.inReplyTo,
            references: Array.isArray(refs) ? refs : refs ? [refs] : [],
          });
          callback();
        });
      },
    });
  return {
    port: chosen,
    received,
    start: () =>
      new Promise((resolve, reject) => {
        if (server) return resolve();
        server = build();
        server.once('error', reject);
        server.listen(chosen, '127.0.0.1', () => resolve());
      }),
    stop: () =>
      new Promise((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        server = undefined;
      }),
    waitFor: async (count, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (received.length < count) throw new Error(`expected ${count} mails, got ${received.length}`);
    },
  };
}
