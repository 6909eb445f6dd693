// What the API shows of a case: the inbox row and the full case view, with personal data masked.
import { Type } from '@sinclair/typebox';
import type { cases, messages } from '../../db/schema/index.ts';
import { maskIdentity } from '../../flows/mask.ts';
import { NullableString, NullableTime, Time, isoOrNull } from '../schemas.ts';

type CaseRow = typeof cases.$inferSelect;
type MessageRow = typeof messages.$inferSelect;

export const CaseSummary = Type.Object({
  id: Type.String(), status: Type.String(), stage: Type.String(), priority: Type.String(), category: Type.String(),
  disputeKind: Type.String(), fault: Type.String(), language: Type.String(), channel: Type.String(), subject: Type.String(),
  tags: Type.Array(Type.String()), assigneeId: NullableString, customerId: NullableString, orderId: NullableString,
  costTotal: Type.Integer(), firstResponseDueAt: NullableTime, firstRespondedAt: NullableTime, nextDueAt: NullableTime,
  slaBreached: Type.Boolean(), createdAt: Time, updatedAt: Time, closedAt: NullableTime,
});

/** The inbox row; slaBreached when the next due time passed with the customer still waiting on us. */
export function toCaseSummary(row: Pick<CaseRow, keyof CaseRow>, now: Date) {
  const waitingOnUs = row.status === 'new' || row.status === 'open';
  return {
    id: row.id, status: row.status, stage: row.stage, priority: row.priority, category: row.category, disputeKind: row.disputeKind,
    fault: row.fault, language: row.language, channel: row.channel, subject: row.subject, tags: row.tags, assigneeId: row.assigneeId,
    customerId: row.customerId, orderId: row.orderId, costTotal: row.costTotal, firstResponseDueAt: isoOrNull(row.firstResponseDueAt),
    firstRespondedAt: isoOrNull(row.firstRespondedAt), nextDueAt: isoOrNull(row.nextDueAt),
    slaBreached: waitingOnUs && row.nextDueAt !== null && row.nextDueAt < now,
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(), closedAt: isoOrNull(row.closedAt),
  };
}

export const MessageView = Type.Object({
  id: Type.String(), caseId: Type.String(), direction: Type.String(), channel: Type.String(), sender: NullableString,
  authorId: NullableString, body: Type.String(), language: Type.String(), externalId: NullableString, createdAt: Time,
  attachments: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), name: NullableString, size: Type.Integer() })),
});

/** A message with its sender identity masked. */
export function toMessageView(row: MessageRow, files: { id: string; messageId: string; kind: string; name: string | null; size: number }[] = []) {
  return {
    id: row.id, caseId: row.caseId, direction: row.direction, channel: row.channel, sender: row.sender ? maskIdentity(row.sender) : null,
    authorId: row.authorId, body: row.body, language: row.language, externalId: row.externalId, createdAt: row.createdAt.toISOString(),
    attachments: files.filter((f) => f.messageId === row.id).map(({ id, kind, name, size }) => ({ id, kind, name, size })),
  };
}
