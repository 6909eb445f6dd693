// SMTP intake: the store can point an MX (or a forwarding rule) at the desk. A message is accepted
// (250) only after intake committed it, so a failure makes the sending server retry, not lose it.
import { SMTPServer } from 'smtp-server';

export type SmtpReceiveOptions = {
  port: number;
  host: string;
  maxBytes: number;
  ingest: (raw: Buffer, recipients: string[]) => Promise<void>;
};

/** Starts the receiving SMTP server; resolves with a function that stops it. */
export async function startSmtpReceiver(
  options: SmtpReceiveOptions,
): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    size: options.maxBytes,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
        options
          .ingest(
            Buffer.concat(chunks),
            session.envelope.rcptTo.map((r) => r.address),
          )
          .then(() => callback())
          .catch(() => callback(Object.assign(new Error('Temporary failure, try again later'), { responseCode: 451 })));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
