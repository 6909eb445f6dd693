// Assembles the CaseFile (CASEFILE.md) of one case from the database: the same document
// `aftersales assess` reads, so the API, the CLI and the tests all assess the same thing.
// One query, whatever the case holds: intake runs this for every message, so round trips count.
// (The correlated subqueries name the outer tables in plain SQL: Drizzle renders a column unqualified there.)
import { and, eq, sql } from 'drizzle-orm';
import type { CaseFile, Order, Personalization, Shipment, TrackingStatus } from '../core/types.ts';
import type { Db } from '../db/open-db.ts';
import { cases, customers, orders, stores } from '../db/schema/index.ts';
import { notFound } from './app-error.ts';

type LineJson = {
  sku: string;
  name: string | null;
  qty: number;
  unitPrice: number;
  unitWeightG: number | null;
  perishable: boolean;
  personalization: Personalization | null;
};
type EventJson = { at: string; status: TrackingStatus; location: string | null };
type ShipmentJson = {
  carrier: string | null;
  service: string | null;
  trackingNo: string | null;
  shippedAt: string | null;
  weightG: number | null;
  packagingWeightG: number | null;
  signature: boolean;
  events: EventJson[];
};

type MessageJson = {
  from: string | null;
  at: string;
  channel: string;
  text: string;
  direction: 'in' | 'out' | 'note';
  attachments: { kind: 'photo' | 'video' | 'file'; name: string | null }[];
};
type OtherClaimJson = { customerId: string; at: string; text: string };

const LINES = sql`(SELECT coalesce(json_agg(json_build_object('sku', sku, 'name', name, 'qty', qty, 'unitPrice', unit_price, 'unitWeightG', unit_weight_g,
  'perishable', perishable, 'personalization', personalization) ORDER BY position), '[]') FROM order_lines WHERE order_id = orders.id)`;
const SHIPMENTS = sql`(SELECT coalesce(json_agg(json_build_object('carrier', s.carrier, 'service', s.service, 'trackingNo', s.tracking_no,
  'shippedAt', s.shipped_at, 'weightG', s.weight_g, 'packagingWeightG', s.packaging_weight_g, 'signature', s.signature,
  'events', (SELECT coalesce(json_agg(json_build_object('at', e.at, 'status', e.status, 'location', e.location) ORDER BY e.at), '[]')
             FROM tracking_events e WHERE e.shipment_id = s.id)) ORDER BY s.created_at), '[]') FROM shipments s WHERE s.order_id = orders.id)`;

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : undefined);
const orUndefined = <T>(value: T | null) => value ?? undefined;

/** The case file plus what re-assessment also needs (the subject and order number for search). */
export type LoadedCaseFile = { file: CaseFile; subject: string; orderNumber: string | null };

/** Builds the case file of a case of this store as of `now`; throws not_found for another store's case. */
export async function buildCaseFile(db: Db, storeId: string, caseId: string, now: Date): Promise<CaseFile> {
  return (await loadCaseFile(db, storeId, caseId, now)).file;
}

/** Like buildCaseFile, with the case's subject and order number. */
export async function loadCaseFile(db: Db, storeId: string, caseId: string, now: Date): Promise<LoadedCaseFile> {
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000).toISOString();
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  const [row] = await db
    .select({
      claim: cases.claim,
      subject: cases.subject,
      orderId: cases.orderId,
      customerId: cases.customerId,
      currency: stores.currency,
      language: stores.language,
      policy: stores.policy,
      customerName: customers.name,
      flags: customers.flags,
      identities: sql<
        string[]
      >`(SELECT coalesce(array_agg(identity ORDER BY created_at), '{}') FROM customer_identities WHERE customer_id = cases.customer_id)`,
      orderCount:
        sql<number>`(SELECT count(*) FROM orders WHERE store_id = cases.store_id AND customer_id = cases.customer_id)`.mapWith(
          Number,
        ),
      lifetimeValue:
        sql<number>`(SELECT coalesce(sum(amount_paid), 0) FROM orders WHERE store_id = cases.store_id AND customer_id = cases.customer_id)`.mapWith(
          Number,
        ),
      claims:
        sql<number>`(SELECT count(*) FROM cases o WHERE o.store_id = cases.store_id AND o.customer_id = cases.customer_id AND o.id <> cases.id)`.mapWith(
          Number,
        ),
      deliveryClaims12m:
        sql<number>`(SELECT count(*) FROM cases o WHERE o.store_id = cases.store_id AND o.customer_id = cases.customer_id AND o.id <> cases.id
      AND o.category IN ('delivered_not_received', 'delayed_or_lost', 'missing_items') AND o.created_at > ${yearAgo}::timestamptz)`.mapWith(
          Number,
        ),
      messages: sql<
        MessageJson[]
      >`(SELECT coalesce(json_agg(json_build_object('from', m.sender, 'at', m.created_at, 'channel', m.channel,
        'text', m.body, 'direction', m.direction, 'attachments', (SELECT coalesce(json_agg(json_build_object('kind', a.kind, 'name', a.name)), '[]')
        FROM attachments a WHERE a.message_id = m.id)) ORDER BY m.created_at, m.id), '[]') FROM messages m WHERE m.case_id = cases.id AND m.store_id = cases.store_id)`,
      // The case's order, its lines and shipments ride along (the join below), so no second round trip.
      order: orders,
      lines: sql<LineJson[] | null>`CASE WHEN orders.id IS NULL THEN NULL ELSE ${LINES} END`,
      shipments: sql<ShipmentJson[] | null>`CASE WHEN orders.id IS NULL THEN NULL ELSE ${SHIPMENTS} END`,
      // Recent first messages of other customers' cases, for duplicate-claim detection (S23).
      otherClaims: sql<
        OtherClaimJson[]
      >`(SELECT coalesce(json_agg(x ORDER BY x.at DESC), '[]') FROM (SELECT c2.customer_id AS "customerId",
        m2.created_at AS at, m2.body AS text FROM messages m2 JOIN cases c2 ON c2.id = m2.case_id WHERE m2.store_id = cases.store_id
        AND m2.direction = 'in' AND m2.created_at > ${monthAgo}::timestamptz AND c2.customer_id IS NOT NULL
        AND c2.customer_id IS DISTINCT FROM cases.customer_id ORDER BY m2.created_at DESC LIMIT 50) x)`,
    })
    .from(cases)
    .innerJoin(stores, eq(stores.id, cases.storeId))
    .leftJoin(customers, eq(customers.id, cases.customerId))
    .leftJoin(orders, and(eq(orders.id, cases.orderId), eq(orders.storeId, cases.storeId)))
    .where(and(eq(cases.id, caseId), eq(cases.storeId, storeId)));
  if (!row) throw notFound('case');
  const order = row.order ? toOrderFile(row.order, row.lines ?? [], row.shipments ?? []) : undefined;
  const file: CaseFile = {
    now: now.toISOString(),
    store: { currency: row.currency, language: row.language, policy: row.policy },
    messages: row.messages.map((m) => ({
      from: orUndefined(m.from),
      at: iso(m.at) ?? m.at,
      channel: m.channel,
      text: m.text,
      direction: m.direction,
      attachments: m.attachments.map((f) => ({ kind: f.kind, name: orUndefined(f.name) })),
    })),
    otherClaims: row.otherClaims.map((c) => ({ customerId: c.customerId, at: iso(c.at) ?? c.at, text: c.text })),
  };
  if (row.customerId) {
    file.customer = {
      id: row.customerId,
      name: orUndefined(row.customerName),
      identities: row.identities,
      flags: row.flags ?? [],
      history: {
        orders: row.orderCount,
        lifetimeValue: row.lifetimeValue,
        claims: row.claims,
        deliveryClaims12m: row.deliveryClaims12m,
      },
    };
  }
  if (order) {
    file.order = order.order;
    file.shipments = order.shipments;
  }
  if (row.claim) file.claim = row.claim;
  return { file, subject: row.subject, orderNumber: order?.order.id ?? null };
}

function toOrderFile(
  r: typeof orders.$inferSelect,
  lines: LineJson[],
  shipments: ShipmentJson[],
): { order: Order; shipments: Shipment[] } {
  const order: Order = {
    id: r.number,
    identity: orUndefined(r.identity),
    placedAt: iso(r.placedAt),
    needBy: iso(r.needBy),
    payment: r.paymentMethod
      ? { method: r.paymentMethod, status: orUndefined(r.paymentStatus), clearedAt: iso(r.paymentClearedAt) }
      : undefined,
    lines: lines.map((l) => ({
      sku: l.sku,
      name: orUndefined(l.name),
      qty: l.qty,
      unitPrice: l.unitPrice,
      unitWeightG: orUndefined(l.unitWeightG),
      perishable: l.perishable,
      personalization: orUndefined(l.personalization),
    })),
    discounts: r.discounts,
    pointsUsed: r.pointsUsed,
    shippingFee: r.shippingFee,
    amountPaid: r.amountPaid,
    shippingAddress: orUndefined(r.shippingAddress),
    status: r.status,
  };
  const shipmentFiles: Shipment[] = shipments.map((s) => ({
    carrier: orUndefined(s.carrier),
    service: orUndefined(s.service),
    trackingNo: orUndefined(s.trackingNo),
    shippedAt: iso(s.shippedAt),
    weightG: s.weightG,
    packagingWeightG: orUndefined(s.packagingWeightG),
    signature: s.signature,
    events: s.events.map((e) => ({ at: iso(e.at) ?? e.at, status: e.status, location: orUndefined(e.location) })),
  }));
  return { order, shipments: shipmentFiles };
}
