// Creates or updates one order (by its number) with its lines and shipments, inside the caller's transaction.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';
import { orderLines, orders, shipments } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { AppError } from './app-error.ts';
import { findOrCreateCustomer, normaliseIdentity } from './find-or-create-customer.ts';
import type { OrderInput } from './order-input.ts';

const dateOrNull = (iso: string | undefined) => (iso ? new Date(iso) : null);

/** Upserts the order: an existing number gets its header, lines and new shipments replaced or added. */
export async function saveOrder(
  db: Db,
  deps: Pick<Deps, 'ids' | 'clock'>,
  storeId: string,
  input: OrderInput,
): Promise<{ orderId: string; created: boolean }> {
  const now = deps.clock.now();
  const identity = input.identity ? normaliseIdentity(input.identity) : null;
  const customerId = identity
    ? (await findOrCreateCustomer(db, deps, storeId, identity, { name: input.customerName })).customerId
    : null;
  const header = {
    customerId,
    identity,
    placedAt: dateOrNull(input.placedAt),
    needBy: dateOrNull(input.needBy),
    paymentMethod: input.payment?.method ?? null,
    paymentStatus: input.payment?.status ?? null,
    paymentClearedAt: dateOrNull(input.payment?.clearedAt),
    discounts: input.discounts ?? [],
    pointsUsed: input.pointsUsed ?? 0,
    shippingFee: input.shippingFee ?? 0,
    amountPaid:
      input.amountPaid ??
      input.lines.reduce((sum, l) => sum + l.qty * l.unitPrice, 0) +
        (input.shippingFee ?? 0) -
        (input.discounts ?? []).reduce((s, d) => s + d.amount, 0),
    shippingAddress: input.shippingAddress ?? null,
    status: input.status ?? 'placed',
    updatedAt: now,
  };
  const [existing] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.storeId, storeId), eq(orders.number, input.number)));
  const orderId = existing?.id ?? deps.ids();
  if (existing) {
    await db.update(orders).set(header).where(eq(orders.id, orderId));
    await db.delete(orderLines).where(eq(orderLines.orderId, orderId));
  } else {
    await db.insert(orders).values({ id: orderId, storeId, number: input.number, ...header, createdAt: now });
  }
  await db.insert(orderLines).values(
    input.lines.map((l, position) => ({
      id: deps.ids(),
      storeId,
      orderId,
      position,
      sku: l.sku,
      name: l.name ?? null,
      qty: l.qty,
      unitPrice: l.unitPrice,
      unitWeightG: l.unitWeightG ?? null,
      perishable: l.perishable ?? false,
      personalization: l.personalization ?? null,
    })),
  );
  for (const s of input.shipments ?? []) {
    const values = {
      carrier: s.carrier ?? null,
      service: s.service ?? null,
      shippedAt: dateOrNull(s.shippedAt),
      weightG: s.weightG ?? null,
      packagingWeightG: s.packagingWeightG ?? null,
      signature: s.signature ?? false,
      updatedAt: now,
    };
    const [known] = s.trackingNo
      ? await db
          .select({ id: shipments.id, orderId: shipments.orderId })
          .from(shipments)
          .where(and(eq(shipments.storeId, storeId), eq(shipments.trackingNo, s.trackingNo)))
      : [];
    if (known && known.orderId !== orderId)
      throw new AppError('conflict', `tracking number ${s.trackingNo} belongs to another order`);
    if (known) await db.update(shipments).set(values).where(eq(shipments.id, known.id));
    else
      await db
        .insert(shipments)
        .values({ id: deps.ids(), storeId, orderId, trackingNo: s.trackingNo ?? null, ...values, createdAt: now });
  }
  return { orderId, created: !existing };
}
