// One raw email into the desk: parsed and decoded, auto-replies and bounces set aside, threaded
// onto its case or taken in by the intake flow, acknowledged in the customer's language when it
// opens a new case. All in one transaction, idempotent on the Message-ID.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { mailOutbox } from '../../db/schema/channels.ts';
import { messages } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { type IntakeAttachment, intakeMessage } from '../../flows/intake-message.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import { acknowledgeNewCase } from '../acknowledge-case.ts';
import { appendToCase } from '../append-to-case.ts';
import { findThreadCase } from './find-thread-case.ts';
import { type ParsedMail, parseMail } from './parse-mail.ts';
import { parseMessageIds } from './thread-keys.ts';

export type IngestResult =
  | { kind: 'ignored'; reason: 'auto_reply' | 'bounce' | 'no_sender'; messageId: string }
  | { kind: 'stored'; caseId: string; caseCreated: boolean; duplicate: boolean; threaded: boolean; messageId: string };

/** Takes one raw email in for a store; safe to call twice with the same mail. */
export async function ingestMail(deps: Deps, storeId: string, raw: Buffer, mailFrom: string): Promise<IngestResult> {
  const mail = await parseMail(raw, createHash('sha256').update(raw).digest('hex').slice(0, 32));
  if (mail.kind === 'bounce') {
    await recordBounce(deps, storeId, mail, raw);
    return { kind: 'ignored', reason: 'bounce', messageId: mail.messageId };
  }
  if (mail.kind === 'auto_reply') return { kind: 'ignored', reason: 'auto_reply', messageId: mail.messageId };
  if (!mail.fromAddress.includes('@')) return { kind: 'ignored', reason: 'no_sender', messageId: mail.messageId };
  const identity = `email:${mail.fromAddress}`;
  const { files, dropped } = splitAttachments(mail, deps.config.attachmentMaxBytes);
  const text = [
    mail.text || mail.subject,
    ...dropped.map((name) => `[attachment "${name}" was too large to keep]`),
  ].join('\n');
  return deps.db.transaction(async (tx) => {
    const threadCase = await findThreadCase(tx, storeId, mail, identity);
    if (threadCase) {
      const appended = await appendToCase(tx, deps, storeId, {
        caseId: threadCase,
        externalId: mail.messageId,
        channel: 'email',
        sender: identity,
        text,
        at: toDate(mail.date, deps),
        attachments: files,
      });
      if (!('kind' in appended))
        return {
          kind: 'stored',
          caseId: appended.caseId,
          caseCreated: false,
          duplicate: appended.duplicate,
          threaded: true,
          messageId: mail.messageId,
        };
    }
    const result = await intakeMessage(tx, deps, storeId, null, {
      externalId: mail.messageId,
      channel: 'email',
      from: identity,
      name: mail.fromName || undefined,
      subject: mail.subject || undefined,
      text,
      at: toDate(mail.date, deps).toISOString(),
      attachments: files,
    });
    if (result.caseCreated) await acknowledgeNewCase(tx, deps, storeId, result.caseId, { mailFrom });
    return {
      kind: 'stored',
      caseId: result.caseId,
      caseCreated: result.caseCreated,
      duplicate: result.duplicate,
      threaded: false,
      messageId: mail.messageId,
    };
  });
}

// A mail's Date header is the customer's clock; we keep it unless it is in the future or missing.
function toDate(date: string | undefined, deps: Deps): Date {
  const now = deps.clock.now();
  const parsed = date ? new Date(date) : now;
  return new Date(Math.min(parsed.getTime(), now.getTime()));
}

function splitAttachments(mail: ParsedMail, maxBytes: number): { files: IntakeAttachment[]; dropped: string[] } {
  const files: IntakeAttachment[] = [];
  const dropped: string[] = [];
  for (const a of mail.attachments) {
    if (a.content.length > maxBytes) dropped.push(a.name);
    else
      files.push({ kind: a.kind, name: a.name, contentType: a.contentType, dataBase64: a.content.toString('base64') });
  }
  return { files, dropped };
}

// A bounce of one of our mails marks that outbox row failed, so the agent sees it on the case.
async function recordBounce(deps: Deps, storeId: string, mail: ParsedMail, raw: Buffer): Promise<void> {
  const quoted = parseMessageIds(
    raw
      .toString('latin1')
      .match(/^Message-ID:\s*(<[^>]+>)/gim)
      ?.map((l) => l.replace(/^Message-ID:\s*/i, '')) ?? [],
  );
  const candidates = [...mail.inReplyTo, ...mail.references, ...quoted].filter((id) => id !== mail.messageId);
  if (!candidates.length) return;
  await deps.db.transaction(async (tx) => {
    for (const id of candidates) {
      const [row] = await tx
        .update(mailOutbox)
        .set({ status: 'failed', lastError: `bounced: ${mail.subject}`.slice(0, 500), updatedAt: deps.clock.now() })
        .where(and(eq(mailOutbox.storeId, storeId), eq(mailOutbox.messageId, id)))
        .returning({ caseId: mailOutbox.caseId, to: mailOutbox.toAddress });
      if (row?.caseId) {
        await tx.insert(messages).values({
          id: deps.ids(),
          storeId,
          caseId: row.caseId,
          direction: 'note',
          channel: 'email',
          sender: 'system:outbox',
          body: `Email to ${row.to} bounced (${mail.subject}): ${mail.text.slice(0, 300)}`,
          createdAt: deps.clock.now(),
        });
      }
      if (row?.caseId)
        await writeAudit(tx, deps, storeId, null, {
          action: 'mail.bounced',
          entity: 'case',
          entityId: row.caseId,
          detail: { messageId: id },
        });
    }
  });
}
