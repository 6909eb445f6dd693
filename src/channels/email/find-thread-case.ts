// Which existing case an inbound email continues. A case reference in the subject or a Message-ID
// it answers both point at a case; we trust the pointer only when the sender is that case's
// customer or quotes one of our own Message-IDs (which only a recipient of our mail knows).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { mailOutbox } from '../../db/schema/channels.ts';
import { cases, customerIdentities, messages } from '../../db/schema/index.ts';
import type { ParsedMail } from './parse-mail.ts';

/** The case this mail belongs to, or undefined when it starts a new conversation. */
export async function findThreadCase(
  db: Db,
  storeId: string,
  mail: ParsedMail,
  identity: string,
): Promise<string | undefined> {
  const answered = [...mail.inReplyTo, ...mail.references].slice(-50);
  if (answered.length) {
    const [ours] = await db
      .select({ caseId: mailOutbox.caseId })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.storeId, storeId), inArray(mailOutbox.messageId, answered)));
    if (ours?.caseId) return ours.caseId;
    const [theirs] = await db
      .select({ caseId: messages.caseId })
      .from(messages)
      .where(and(eq(messages.storeId, storeId), inArray(messages.externalId, answered)));
    if (theirs && (await isCaseCustomer(db, storeId, theirs.caseId, identity))) return theirs.caseId;
  }
  if (mail.caseRef) {
    const found = await db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.storeId, storeId), sql`replace(${cases.id}::text, '-', '') like ${`${mail.caseRef}%`}`))
      .limit(2);
    const only = found.length === 1 ? found[0]?.id : undefined;
    if (only && (await isCaseCustomer(db, storeId, only, identity))) return only;
  }
  return undefined;
}

async function isCaseCustomer(db: Db, storeId: string, caseId: string, identity: string): Promise<boolean> {
  const [hit] = await db
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(customerIdentities, eq(customerIdentities.customerId, cases.customerId))
    .where(and(eq(cases.id, caseId), eq(cases.storeId, storeId), eq(customerIdentities.identity, identity)));
  return Boolean(hit);
}
