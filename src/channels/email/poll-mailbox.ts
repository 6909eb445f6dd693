// One IMAP polling pass for a store: cursor in mailbox_cursors, each message through ingestMail.
// The cursor is saved after each message's intake committed, so a crash or a dropped connection
// resumes at the first message not yet taken in; a message taken in twice is deduped by Message-ID.
import { and, eq } from 'drizzle-orm';
import { mailboxCursors } from '../../db/schema/channels.ts';
import type { Deps } from '../../deps.ts';
import { writeAudit } from '../../flows/write-audit.ts';
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
    ingest: async (raw, uid) => {
      await ingestOrSetAside(deps, storeId, raw, uid, mailFrom);
    },
  });
}

/**
 * A message intake cannot take (a bug, a constraint) must not block the mailbox forever: after a
 * second failure it is set aside with an audit entry naming its UID (it stays in the mailbox) and
 * the pass moves on. When even the audit cannot be written the database is down: the error
 * propagates and the cursor stays, so nothing is skipped for an outage.
 */
async function ingestOrSetAside(
  deps: Deps,
  storeId: string,
  raw: Buffer,
  uid: number,
  mailFrom: string,
): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await ingestMail(deps, storeId, raw, mailFrom);
      return;
    } catch (error) {
      lastError = error;
    }
  }
  const detail = {
    uid,
    error: (lastError instanceof Error ? lastError.message : String(lastError)).slice(0, 500),
    bytes: raw.length,
  };
  await writeAudit(deps.db, deps, storeId, null, {
    action: 'mail.intake_failed',
    entity: 'mailbox',
    entityId: String(uid),
    detail,
  });
  deps.log.error(`mail UID ${uid} set aside after two failed intakes: ${detail.error}`);
}
