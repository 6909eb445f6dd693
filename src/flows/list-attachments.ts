import { inArray } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';
import { attachments } from '../db/schema/index.ts';

/** The attachments of these messages, without their bytes (those are downloaded one by one). */
export async function listAttachments(db: Db, messageIds: string[]) {
  if (!messageIds.length) return [];
  return db
    .select({
      id: attachments.id,
      messageId: attachments.messageId,
      kind: attachments.kind,
      name: attachments.name,
      size: attachments.size,
    })
    .from(attachments)
    .where(inArray(attachments.messageId, messageIds));
}
