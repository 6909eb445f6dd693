// IMAP intake: take every message above the stored UID cursor, hand it to intake (idempotent on
// Message-ID), and move the cursor only after intake committed. A connection dropped half-way
// loses nothing (the cursor was not moved past it) and duplicates nothing (intake dedupes).
import { ImapFlow } from 'imapflow';

export type ImapConfig = { host: string; port: number; secure: boolean; user: string; pass: string; mailbox: string };

export type MailboxCursor = { uidValidity: string; lastUid: number };

export type ImapIntakeDeps = {
  loadCursor: () => Promise<MailboxCursor | undefined>;
  saveCursor: (cursor: MailboxCursor) => Promise<void>;
  ingest: (raw: Buffer, uid: number) => Promise<void>;
};

/** One pass over the mailbox; returns how many messages were handed to intake. */
export async function fetchNewMail(config: ImapConfig, deps: ImapIntakeDeps): Promise<number> {
  const client = new ImapFlow({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: { user: config.user, pass: config.pass },
    logger: false,
    connectionTimeout: 10_000,
  });
  client.on('error', () => undefined); // surfaced through the failing command instead
  await client.connect();
  let count = 0;
  try {
    const lock = await client.getMailboxLock(config.mailbox);
    try {
      const mailbox = client.mailbox;
      const uidValidity = mailbox ? String(mailbox.uidValidity) : '0';
      const stored = await deps.loadCursor();
      // A new UIDVALIDITY means the UIDs were renumbered: start over, intake dedupes by Message-ID.
      let lastUid = stored && stored.uidValidity === uidValidity ? stored.lastUid : 0;
      const uids = (await client.search({ uid: `${lastUid + 1}:*` }, { uid: true })) || [];
      for (const uid of uids.filter((u) => u > lastUid).sort((a, b) => a - b)) {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (message === false || !message.source) continue;
        await deps.ingest(message.source, uid);
        lastUid = uid;
        await deps.saveCursor({ uidValidity, lastUid });
        count += 1;
      }
    } finally {
      lock.release();
    }
    await client.logout();
  } finally {
    client.close();
  }
  return count;
}
