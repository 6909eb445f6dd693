// The customer page: identities (masked unless revealed on purpose, which is audited), orders,
// cases, the actions taken on their cases (their claims), flags and notes.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { actions, cases, customerIdentities, customers, orders, stores } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { notFound } from './app-error.ts';
import { maskIdentity } from './mask.ts';
import { writeAudit } from './write-audit.ts';

/** Everything the customer page shows, scoped to the actor's store. */
export async function loadConsoleCustomer(deps: Deps, actor: Actor, customerId: string, reveal: boolean) {
  const [c] = await deps.db
    .select()
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.storeId, actor.storeId)));
  if (!c) throw notFound('customer');
  const [ids, ords, kases, [store]] = await Promise.all([
    deps.db
      .select({ identity: customerIdentities.identity })
      .from(customerIdentities)
      .where(eq(customerIdentities.customerId, c.id)),
    deps.db
      .select()
      .from(orders)
      .where(and(eq(orders.customerId, c.id), eq(orders.storeId, actor.storeId)))
      .orderBy(desc(orders.placedAt))
      .limit(100),
    deps.db
      .select()
      .from(cases)
      .where(and(eq(cases.customerId, c.id), eq(cases.storeId, actor.storeId)))
      .orderBy(desc(cases.updatedAt))
      .limit(100),
    deps.db.select({ currency: stores.currency }).from(stores).where(eq(stores.id, actor.storeId)),
  ]);
  const acts = kases.length
    ? await deps.db
        .select()
        .from(actions)
        .where(
          inArray(
            actions.caseId,
            kases.map((k) => k.id),
          ),
        )
        .orderBy(desc(actions.createdAt))
    : [];
  if (reveal)
    await writeAudit(deps.db, deps, actor.storeId, actor, {
      action: 'customer.revealed',
      entity: 'customer',
      entityId: c.id,
    });
  return {
    id: c.id,
    name: c.name,
    language: c.language,
    tier: c.tier,
    flags: c.flags,
    notes: c.notes,
    identities: ids.map((i) => (reveal ? i.identity : maskIdentity(i.identity))),
    currency: store?.currency ?? 'USD',
    orders: ords.map((o) => ({
      id: o.id,
      number: o.number,
      amountPaid: o.amountPaid,
      status: o.status,
      placedAt: o.placedAt?.toISOString() ?? null,
    })),
    cases: kases.map((k) => ({
      id: k.id,
      subject: k.subject,
      status: k.status,
      category: k.category,
      updatedAt: k.updatedAt.toISOString(),
    })),
    actions: acts.map((a) => ({
      id: a.id,
      caseId: a.caseId,
      kind: a.kind,
      status: a.status,
      cost: a.cost,
      createdAt: a.createdAt.toISOString(),
    })),
  };
}

/** Appends a dated note to the customer, audited. */
export async function addCustomerNote(deps: Deps, actor: Actor, customerId: string, note: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [c] = await tx
      .select({ notes: customers.notes })
      .from(customers)
      .where(and(eq(customers.id, customerId), eq(customers.storeId, actor.storeId)))
      .for('update');
    if (!c) throw notFound('customer');
    const line = `${deps.clock.now().toISOString().slice(0, 10)} ${actor.name}: ${note}`;
    await tx
      .update(customers)
      .set({ notes: c.notes ? `${c.notes}\n${line}` : line, updatedAt: deps.clock.now() })
      .where(eq(customers.id, customerId));
    await writeAudit(tx, deps, actor.storeId, actor, {
      action: 'customer.note_added',
      entity: 'customer',
      entityId: customerId,
    });
  });
}
