// Assembles the CaseFile (CASEFILE.md) of one case from the database: the same document
// `aftersales assess` reads, so the API, the CLI and the tests all assess the same thing.
import { and, asc, count, desc, eq, gt, inArray, isNotNull, ne, sql, sum } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';
import { attachments, cases, customerIdentities, customers, messages, orderLines, orders, shipments, stores, trackingEvents } from '../db/schema/index.ts';
import type { CaseFile, CaseMessage, Customer, Order, Shipment } from '../core/types.ts';
import { notFound } from './app-error.ts';

const DELIVERY_CATEGORIES = ['delivered_not_received', 'delayed_or_lost', 'missing_items'];
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

/** Builds the case file of a case of this store as of `now`; throws not_found for another store's case. */
export async function buildCaseFile(db: Db, storeId: string, caseId: string, now: Date): Promise<CaseFile> {
  const [row] = await db.select({ c: cases, s: stores }).from(cases).innerJoin(stores, eq(stores.id, cases.storeId))
    .where(and(eq(cases.id, caseId), eq(cases.storeId, storeId)));
  if (!row) throw notFound('case');
  const { c, s } = row;
  // One after another: inside a transaction there is one connection, and it runs one query at a time.
  const customer = c.customerId ? await loadCustomer(db, storeId, c.customerId, c.id, now) : undefined;
  const order = c.orderId ? await loadOrder(db, storeId, c.orderId) : undefined;
  const caseMessages = await loadMessages(db, storeId, c.id);
  const otherClaims = await loadOtherClaims(db, storeId, c.customerId, now);
  const file: CaseFile = {
    now: now.toISOString(),
    store: { currency: s.currency, language: s.language, policy: s.policy },
    messages: caseMessages,
    otherClaims,
  };
  if (customer) file.customer = customer;
  if (order) {
    file.order = order.order;
    file.shipments = order.shipments;
  }
  if (c.claim) file.claim = c.claim;
  return file;
}

async function loadCustomer(db: Db, storeId: string, customerId: string, caseId: string, now: Date): Promise<Customer | undefined> {
  const [row] = await db.select().from(customers).where(and(eq(customers.id, customerId), eq(customers.storeId, storeId)));
  if (!row) return undefined;
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
  const identities = await db.select({ identity: customerIdentities.identity }).from(customerIdentities).where(eq(customerIdentities.customerId, customerId));
  const [orderStats] = await db.select({ n: count(), total: sum(orders.amountPaid) }).from(orders).where(and(eq(orders.storeId, storeId), eq(orders.customerId, customerId)));
  const [claimStats] = await db.select({
    n: count(),
    delivery: sql<number>`count(*) FILTER (WHERE ${inArray(cases.category, DELIVERY_CATEGORIES)} AND ${gt(cases.createdAt, yearAgo)})`.mapWith(Number),
  }).from(cases).where(and(eq(cases.storeId, storeId), eq(cases.customerId, customerId), ne(cases.id, caseId)));
  return {
    id: row.id,
    name: row.name ?? undefined,
    identities: identities.map((i) => i.identity),
    flags: row.flags,
    history: {
      orders: orderStats?.n ?? 0,
      lifetimeValue: Number(orderStats?.total ?? 0),
      claims: claimStats?.n ?? 0,
      deliveryClaims12m: claimStats?.delivery ?? 0,
    },
  };
}

async function loadOrder(db: Db, storeId: string, orderId: string): Promise<{ order: Order; shipments: Shipment[] } | undefined> {
  const [o] = await db.select().from(orders).where(and(eq(orders.id, orderId), eq(orders.storeId, storeId)));
  if (!o) return undefined;
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, o.id)).orderBy(asc(orderLines.position));
  const ships = await db.select().from(shipments).where(eq(shipments.orderId, o.id)).orderBy(asc(shipments.createdAt));
  const events = ships.length
    ? await db.select().from(trackingEvents).where(inArray(trackingEvents.shipmentId, ships.map((x) => x.id))).orderBy(asc(trackingEvents.at))
    : [];
  const order: Order = {
    id: o.number,
    identity: o.identity ?? undefined,
    placedAt: iso(o.placedAt),
    needBy: iso(o.needBy),
    payment: o.paymentMethod ? { method: o.paymentMethod, status: o.paymentStatus ?? undefined, clearedAt: iso(o.paymentClearedAt) } : undefined,
    lines: lines.map((l) => ({
      sku: l.sku, name: l.name ?? undefined, qty: l.qty, unitPrice: l.unitPrice, unitWeightG: l.unitWeightG ?? undefined,
      perishable: l.perishable, personalization: l.personalization ?? undefined,
    })),
    discounts: o.discounts,
    pointsUsed: o.pointsUsed,
    shippingFee: o.shippingFee,
    amountPaid: o.amountPaid,
    shippingAddress: o.shippingAddress ?? undefined,
    status: o.status,
  };
  const shipmentFiles: Shipment[] = ships.map((x) => ({
    carrier: x.carrier ?? undefined, service: x.service ?? undefined, trackingNo: x.trackingNo ?? undefined,
    shippedAt: iso(x.shippedAt), weightG: x.weightG, packagingWeightG: x.packagingWeightG ?? undefined, signature: x.signature,
    events: events.filter((e) => e.shipmentId === x.id).map((e) => ({ at: e.at.toISOString(), status: e.status, location: e.location ?? undefined })),
  }));
  return { order, shipments: shipmentFiles };
}

async function loadMessages(db: Db, storeId: string, caseId: string): Promise<CaseMessage[]> {
  const rows = await db.select().from(messages).where(and(eq(messages.caseId, caseId), eq(messages.storeId, storeId)))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  const files = rows.length
    ? await db.select({ messageId: attachments.messageId, kind: attachments.kind, name: attachments.name }).from(attachments)
        .where(inArray(attachments.messageId, rows.map((m) => m.id)))
    : [];
  return rows.map((m) => ({
    from: m.sender ?? undefined, at: m.createdAt.toISOString(), channel: m.channel, text: m.body, direction: m.direction,
    attachments: files.filter((f) => f.messageId === m.id).map((f) => ({ kind: f.kind, name: f.name ?? undefined })),
  }));
}

/** Recent first messages of other customers' cases, for duplicate-claim detection (S23). */
async function loadOtherClaims(db: Db, storeId: string, customerId: string | null, now: Date): Promise<CaseFile['otherClaims']> {
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const rows = await db.select({ customerId: cases.customerId, at: messages.createdAt, text: messages.body }).from(messages)
    .innerJoin(cases, eq(cases.id, messages.caseId))
    .where(and(eq(messages.storeId, storeId), eq(messages.direction, 'in'), gt(messages.createdAt, since), isNotNull(cases.customerId),
      customerId ? sql`${cases.customerId} <> ${customerId}` : sql`true`))
    .orderBy(desc(messages.createdAt)).limit(50);
  return rows.map((r) => ({ customerId: r.customerId ?? undefined, at: r.at.toISOString(), text: r.text }));
}
