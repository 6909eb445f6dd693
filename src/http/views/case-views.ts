// What the API shows of a case: the inbox row and the full case view, with personal data masked.
import { Type } from '@sinclair/typebox';
import { cases, type messages } from '../../db/schema/index.ts';
import { maskIdentity } from '../../flows/mask.ts';
import { isoOrNull, NullableString, NullableTime, Time } from '../schemas.ts';

type CaseRow = typeof cases.$inferSelect;
type MessageRow = typeof messages.$inferSelect;

export const CaseSummary = Type.Object({
  id: Type.String(),
  status: Type.String(),
  stage: Type.String(),
  priority: Type.String(),
  category: Type.String(),
  disputeKind: Type.String(),
  fault: Type.String(),
  language: Type.String(),
  channel: Type.String(),
  subject: Type.String(),
  tags: Type.Array(Type.String()),
  assigneeId: NullableString,
  customerId: NullableString,
  orderId: NullableString,
  costTotal: Type.Integer(),
  firstResponseDueAt: NullableTime,
  firstRespondedAt: NullableTime,
  nextDueAt: NullableTime,
  slaBreached: Type.Boolean(),
  createdAt: Time,
  updatedAt: Time,
  closedAt: NullableTime,
});

/** The columns an inbox row needs: lists select only these (not the assessment JSON or the search vector). */
export const CASE_SUMMARY_COLUMNS = {
  id: cases.id,
  status: cases.status,
  stage: cases.stage,
  priority: cases.priority,
  category: cases.category,
  disputeKind: cases.disputeKind,
  fault: cases.fault,
  language: cases.language,
  channel: cases.channel,
  subject: cases.subject,
  tags: cases.tags,
  assigneeId: cases.assigneeId,
  customerId: cases.customerId,
  orderId: cases.orderId,
  costTotal: cases.costTotal,
  firstResponseDueAt: cases.firstResponseDueAt,
  firstRespondedAt: cases.firstRespondedAt,
  nextDueAt: cases.nextDueAt,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
  closedAt: cases.closedAt,
};
type SummaryKey = keyof typeof CASE_SUMMARY_COLUMNS;

/** The inbox row; slaBreached when the next due time passed with the customer still waiting on us. */
export function toCaseSummary(row: Pick<CaseRow, SummaryKey>, now: Date) {
  const waitingOnUs = row.status === 'new' || row.status === 'open';
  return {
    id: row.id,
    status: row.status,
    stage: row.stage,
    priority: row.priority,
    category: row.category,
    disputeKind: row.disputeKind,
    fault: row.fault,
    language: row.language,
    channel: row.channel,
    subject: row.subject,
    tags: row.tags,
    assigneeId: row.assigneeId,
    customerId: row.customerId,
    orderId: row.orderId,
    costTotal: row.costTotal,
    firstResponseDueAt: isoOrNull(row.firstResponseDueAt),
    firstRespondedAt: isoOrNull(row.firstRespondedAt),
    nextDueAt: isoOrNull(row.nextDueAt),
    slaBreached: waitingOnUs && row.nextDueAt !== null && row.nextDueAt < now,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    closedAt: isoOrNull(row.closedAt),
  };
}

export const MessageView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  direction: Type.String(),
  channel: Type.String(),
  sender: NullableString,
  authorId: NullableString,
  body: Type.String(),
  language: Type.String(),
  externalId: NullableString,
  createdAt: Time,
  attachments: Type.Array(
    Type.Object({ id: Type.String(), kind: Type.String(), name: NullableString, size: Type.Integer() }),
  ),
});

/** A message with its sender identity masked. */
export function toMessageView(
  row: MessageRow,
  files: { id: string; messageId: string; kind: string; name: string | null; size: number }[] = [],
) {
  return {
    id: row.id,
    caseId: row.caseId,
    direction: row.direction,
    channel: row.channel,
    sender: row.sender ? maskIdentity(row.sender) : null,
    authorId: row.authorId,
    body: row.body,
    language: row.language,
    externalId: row.externalId,
    createdAt: row.createdAt.toISOString(),
    attachments: files
      .filter((f) => f.messageId === row.id)
      .map(({ id, kind, name, size }) => ({ id, kind, name, size })),
  };
}
