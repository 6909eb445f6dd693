// One IMAP polling pass for a store: cursor in mailbox_cursors, each message through ingestMail.
// The cursor is saved after each message's intake committed, so a crash or a dropped connection
// resumes at the first message not yet taken in; a message taken in twice is deduped by Message-ID.
import { and, eq } from 'drizzle-orm';
import { mailboxCursors } from '../../db/schema/channels.ts';
import type { Deps } from '../../deps.ts';
import { fetchNewMail, type ImapConfig } from './imap-fetch.ts';
import { ingestMail } from './ingest-mail.ts';

/** Fetches and takes in every new message of the mailbox; returns how many were processed. */
export async function pollMailbox(deps: Deps, storeId: string, imap: ImapConfig, mailFrom: string): Promise<number> {
  const mailbox = `imap://${imap.user}@${imap.host}:${imap.port}/${imap.mailbox}`;
  return fetchNewMail(imap, {
    loadCursor: async () => {
      const [row] = await deps.db
        .select()
        .from(mailboxCursors)
        .where(and(eq(mailboxCursors.storeId, storeId), eq(mailboxCursors.mailbox, mailbox)));
      return row ? { uidValidity: row.uidValidity, lastUid: row.lastUid } : undefined;
    },
    saveCursor: async (cursor) => {
      const values = {
        storeId,
        mailbox,
        uidValidity: cursor.uidValidity,
        lastUid: cursor.lastUid,
        updatedAt: deps.clock.now(),
      };
      await deps.db
        .insert(mailboxCursors)
        .values(values)
        .onConflictDoUpdate({
          target: [mailboxCursors.storeId, mailboxCursors.mailbox],
          set: { uidValidity: values.uidValidity, lastUid: values.lastUid, updatedAt: values.updatedAt },
        });
    },
    ingest: async (raw) => {
      await ingestMail(deps, storeId, raw, mailFrom);
    },
  });
}
