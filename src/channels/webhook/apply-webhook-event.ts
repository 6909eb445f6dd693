// A verified webhook event applied to the store: a marketplace message goes through intake (channel
// "marketplace", identity platform:<name>:<account>); order and tracking updates are upserts, and
// the open cases of that order are re-assessed with the new facts. Every event is idempotent.
// (Drizzle leaves a field out of an update's SET when its value is undefined: absent = unchanged.)
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { cases, orderLines, orders, shipments, trackingEvents } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { findOrCreateCustomer, normaliseIdentity } from '../../flows/find-or-create-customer.ts';
import { intakeMessage } from '../../flows/intake-message.ts';
import { refreshAssessment } from '../../flows/refresh-assessment.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import type { WebhookEvent } from './webhook-event.ts';

type OrderEvent = Extract<WebhookEvent, { type: 'order' }>;
type TrackingEvent = Extract<WebhookEvent, { type: 'tracking' }>;
export type WebhookOutcome = { type: WebhookEvent['type']; caseId?: string; orderId?: string; duplicate: boolean };

/** Applies one event for the source's store inside one transaction. */
export async function applyWebhookEvent(
  deps: Deps,
  storeId: string,
  sourceId: string,
  event: WebhookEvent,
): Promise<WebhookOutcome> {
  return deps.db.transaction(async (tx) => {
    let outcome: WebhookOutcome;
    if (event.type === 'message') {
      const d = event.data;
      const result = await intakeMessage(tx, deps, storeId, null, {
        externalId: `webhook:${sourceId}:${event.id}`,
        channel: 'marketplace',
        from: `platform:${d.platform}:${d.account}`,
        name: d.name,
        subject: d.subject,
        text: d.text,
        orderRef: d.orderNumber,
        at: event.occurredAt,
        attachments: d.attachments,
      });
      // No acknowledgement here: the desk has no way to post back to the platform, and a message
      // recorded as sent that the customer never saw would mislead the agent. The SLA timer runs.
      outcome = { type: 'message', caseId: result.caseId, duplicate: result.duplicate };
    } else if (event.type === 'order') {
      outcome = { type: 'order', orderId: await upsertOrder(tx, deps, storeId, event.data), duplicate: false };
    } else {
      outcome = { type: 'tracking', orderId: await upsertTracking(tx, deps, storeId, event.data), duplicate: false };
    }
    await writeAudit(tx, deps, storeId, null, {
      action: `webhook.${event.type}`,
      entity: 'webhook_source',
      entityId: sourceId,
      detail: { eventId: event.id, ...outcome },
    });
    return outcome;
  });
}

async function upsertOrder(tx: Db, deps: Deps, storeId: string, d: OrderEvent['data']): Promise<string> {
  const now = deps.clock.now();
  const identity = d.identity ? normaliseIdentity(d.identity) : undefined;
  const customerId = identity ? (await findOrCreateCustomer(tx, deps, storeId, identity)).customerId : undefined;
  const fields = {
    identity,
    customerId,
    placedAt: d.placedAt ? new Date(d.placedAt) : undefined,
    status: d.status,
    paymentMethod: d.paymentMethod,
    paymentStatus: d.paymentStatus,
    amountPaid: d.amountPaid,
    shippingFee: d.shippingFee,
    shippingAddress: d.shippingAddress,
    updatedAt: now,
  };
  const [row] = await tx
    .insert(orders)
    .values({ id: deps.ids(), storeId, number: d.number, createdAt: now, ...fields })
    .onConflictDoUpdate({ target: [orders.storeId, orders.number], set: fields })
    .returning({ id: orders.id });
  if (!row) throw new Error('order upsert returned nothing');
  if (d.lines) {
    await tx.delete(orderLines).where(eq(orderLines.orderId, row.id));
    for (const [position, line] of d.lines.entries()) {
      await tx.insert(orderLines).values({
        id: deps.ids(),
        storeId,
        orderId: row.id,
        position,
        sku: line.sku,
        name: line.name ?? null,
        qty: line.qty,
        unitPrice: line.unitPrice,
        unitWeightG: line.unitWeightG ?? null,
        perishable: line.perishable ?? false,
      });
    }
  }
  await refreshOpenCases(tx, deps, storeId, row.id);
  return row.id;
}

async function upsertTracking(tx: Db, deps: Deps, storeId: string, d: TrackingEvent['data']): Promise<string> {
  const now = deps.clock.now();
  const [order] = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.storeId, storeId), eq(orders.number, d.orderNumber)));
  // Tracking can arrive before the order: create the order shell so nothing is dropped.
  const orderId = order?.id ?? (await upsertOrder(tx, deps, storeId, { number: d.orderNumber, status: 'shipped' }));
  const fields = {
    carrier: d.carrier,
    service: d.service,
    shippedAt: d.shippedAt ? new Date(d.shippedAt) : undefined,
    weightG: d.weightG,
    updatedAt: now,
  };
  const [shipment] = await tx
    .insert(shipments)
    .values({ id: deps.ids(), storeId, orderId, trackingNo: d.trackingNo, createdAt: now, ...fields })
    .onConflictDoUpdate({
      target: [shipments.storeId, shipments.trackingNo],
      targetWhere: sql`tracking_no is not null`,
      set: fields,
    })
    .returning({ id: shipments.id });
  if (!shipment) throw new Error('shipment upsert returned nothing');
  for (const e of d.events) {
    await tx
      .insert(trackingEvents)
      .values({
        id: deps.ids(),
        storeId,
        shipmentId: shipment.id,
        at: new Date(e.at),
        status: e.status,
        location: e.location ?? null,
      })
      .onConflictDoNothing();
  }
  const delivered = d.events.some((e) => e.status === 'delivered');
  if (delivered) await tx.update(orders).set({ status: 'delivered', updatedAt: now }).where(eq(orders.id, orderId));
  await refreshOpenCases(tx, deps, storeId, orderId);
  return orderId;
}

async function refreshOpenCases(tx: Db, deps: Deps, storeId: string, orderId: string): Promise<void> {
  const open = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(eq(cases.storeId, storeId), eq(cases.orderId, orderId), notInArray(cases.status, ['resolved', 'closed'])),
    );
  for (const c of open) await refreshAssessment(tx, storeId, c.id, deps.clock.now());
}
