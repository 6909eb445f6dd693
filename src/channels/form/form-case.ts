// The verified visitor's side of the self-service page: report a problem with the order (category,
// words, photos) — through intake, as the verified identity, so it joins the customer's other
// channels — then follow the case: its status and the replies, and write back.
import { and, desc, eq } from 'drizzle-orm';
import { channelSessions } from '../../db/schema/channels.ts';
import { cases, customerIdentities, orders } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { type IntakeAttachment, intakeMessage } from '../../flows/intake-message.ts';
import { acknowledgeNewCase } from '../acknowledge-case.ts';
import { appendToCase } from '../append-to-case.ts';
import type { ChatMessage } from '../chat/chat-hub.ts';
import type { ChatSession } from '../chat/chat-session.ts';
import { readChatHistory } from '../chat/chat-session.ts';
import { formatCaseRef } from '../email/thread-keys.ts';

export const FORM_CATEGORIES = [
  'delayed_or_lost',
  'delivered_not_received',
  'missing_items',
  'damaged',
  'wrong_item',
  'quality_doubt',
  'return_exchange',
  'refund_request',
  'change_info',
  'general',
] as const;
export type FormCategory = (typeof FORM_CATEGORIES)[number];

export type FormReport = { category: FormCategory; text: string; photos: IntakeAttachment[] };
export type FormStatus = {
  order: { number: string; status: string; placedAt: string | null };
  case: { ref: string; status: string; messages: ChatMessage[] } | null;
};

/** Files the report on the session's order; the first report opens (or joins) the case. */
export async function reportProblem(
  deps: Deps,
  session: ChatSession,
  report: FormReport,
  mailFrom: string,
): Promise<{ caseId: string }> {
  const [order] = session.orderId
    ? await deps.db.select({ number: orders.number }).from(orders).where(eq(orders.id, session.orderId))
    : [];
  if (!order || !session.identity) throw new Error('form session without a verified order');
  const identity = session.identity;
  const externalId = `form:${session.tokenHash.slice(0, 16)}:${Date.now().toString(36)}`;
  return deps.db.transaction(async (tx) => {
    if (session.caseId) {
      const appended = await appendToCase(tx, deps, session.storeId, {
        caseId: session.caseId,
        externalId,
        channel: 'form',
        sender: identity,
        text: report.text,
        attachments: report.photos,
      });
      if (!('kind' in appended)) return { caseId: appended.caseId };
    }
    const result = await intakeMessage(tx, deps, session.storeId, null, {
      externalId,
      channel: 'form',
      from: identity,
      subject: `[${report.category}] ${report.text}`.slice(0, 140),
      text: report.text,
      orderRef: order.number,
      attachments: report.photos,
    });
    const [kase] = await tx.select({ tags: cases.tags }).from(cases).where(eq(cases.id, result.caseId));
    const tag = `form:${report.category}`;
    if (kase && !kase.tags.includes(tag))
      await tx
        .update(cases)
        .set({ tags: [...kase.tags, tag] })
        .where(eq(cases.id, result.caseId));
    if (result.caseCreated) await acknowledgeNewCase(tx, deps, session.storeId, result.caseId, { mailFrom });
    await tx
      .update(channelSessions)
      .set({ caseId: result.caseId, lastSeenAt: deps.clock.now() })
      .where(eq(channelSessions.tokenHash, session.tokenHash));
    return { caseId: result.caseId };
  });
}

/** What the verified visitor may see: their order's status and their case's conversation. */
export async function readFormStatus(deps: Deps, session: ChatSession): Promise<FormStatus | undefined> {
  if (!session.orderId) return undefined;
  const [order] = await deps.db
    .select({ id: orders.id, number: orders.number, status: orders.status, placedAt: orders.placedAt })
    .from(orders)
    .where(and(eq(orders.id, session.orderId), eq(orders.storeId, session.storeId)));
  if (!order) return undefined;
  // The session's case, else the latest case the verified identity opened about this order.
  const [kase] = session.caseId
    ? await deps.db.select({ id: cases.id, status: cases.status }).from(cases).where(eq(cases.id, session.caseId))
    : await deps.db
        .select({ id: cases.id, status: cases.status })
        .from(cases)
        .innerJoin(customerIdentities, eq(customerIdentities.customerId, cases.customerId))
        .where(
          and(
            eq(cases.storeId, session.storeId),
            eq(cases.orderId, order.id),
            eq(customerIdentities.identity, session.identity ?? ''),
          ),
        )
        .orderBy(desc(cases.createdAt))
        .limit(1);
  return {
    order: { number: order.number, status: order.status, placedAt: order.placedAt?.toISOString() ?? null },
    case: kase
      ? { ref: formatCaseRef(kase.id), status: kase.status, messages: await readChatHistory(deps, kase.id) }
      : null,
  };
}
