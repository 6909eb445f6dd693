// S18 "one customer across channels, merged when proven": a chat visitor who proves an order (its
// number plus the email or phone it was placed with) becomes that order's customer. The anonymous
// chat customer's identity and cases move to the proven customer (each case keeps its channel
// history), the session speaks as the verified identity from then on, and the merge is audited.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { channelSessions } from '../../db/schema/channels.ts';
import { cases, customerIdentities } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { findOrCreateCustomer } from '../../flows/find-or-create-customer.ts';
import { refreshAssessment } from '../../flows/refresh-assessment.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import { checkOrderContact } from '../form/verify-order.ts';
import type { ChatSession } from './chat-session.ts';

export type ChatVerifyResult =
  | { kind: 'verified'; customerId: string; movedCases: number }
  | { kind: 'refused' }
  | { kind: 'rate_limited' };

/** Verifies the chat visitor against an order and merges their chat into that customer. */
export async function verifyChat(
  deps: Deps,
  session: ChatSession,
  input: { orderNumber: string; contact: string; ip: string },
): Promise<ChatVerifyResult> {
  const check = await checkOrderContact(deps, session.storeId, input);
  if (check.kind !== 'verified') return check;
  const chatIdentity = `chat:${session.tokenHash.slice(0, 16)}`;
  return deps.db.transaction(async (tx) => {
    const target =
      check.customerId ?? (await findOrCreateCustomer(tx, deps, session.storeId, check.identity)).customerId;
    const [anonymous] = await tx
      .select({ customerId: customerIdentities.customerId })
      .from(customerIdentities)
      .where(and(eq(customerIdentities.storeId, session.storeId), eq(customerIdentities.identity, chatIdentity)));
    let moved: { id: string }[] = [];
    if (!anonymous) {
      // Verified before the first message: the chat identity starts out as the proven customer's.
      await tx.insert(customerIdentities).values({
        id: deps.ids(),
        storeId: session.storeId,
        customerId: target,
        identity: chatIdentity,
        createdAt: deps.clock.now(),
      });
    } else if (anonymous.customerId !== target) {
      await tx
        .update(customerIdentities)
        .set({ customerId: target })
        .where(
          and(eq(customerIdentities.storeId, session.storeId), eq(customerIdentities.customerId, anonymous.customerId)),
        );
      moved = await tx
        .update(cases)
        .set({ customerId: target, updatedAt: deps.clock.now() })
        .where(and(eq(cases.storeId, session.storeId), eq(cases.customerId, anonymous.customerId)))
        .returning({ id: cases.id });
      if (moved.length) {
        await tx
          .update(cases)
          .set({ orderId: check.orderId })
          .where(
            and(
              inArray(
                cases.id,
                moved.map((c) => c.id),
              ),
              isNull(cases.orderId),
            ),
          );
      }
      for (const c of moved) await refreshAssessment(tx, session.storeId, c.id, deps.clock.now());
      await writeAudit(tx, deps, session.storeId, null, {
        action: 'customer.merged',
        entity: 'customer',
        entityId: target,
        detail: {
          from: anonymous.customerId,
          proof: 'order_number_and_contact',
          orderId: check.orderId,
          cases: moved.map((c) => c.id),
        },
      });
    }
    await tx
      .update(channelSessions)
      .set({ identity: check.identity, customerId: target, orderId: check.orderId, lastSeenAt: deps.clock.now() })
      .where(eq(channelSessions.tokenHash, session.tokenHash));
    return { kind: 'verified', customerId: target, movedCases: moved.length };
  });
}
