// What the API shows of customers, orders and shipments; identities and addresses masked.
import { Type } from '@sinclair/typebox';
import type { customers, orderLines, orders, shipments, trackingEvents } from '../../db/schema/index.ts';
import { maskAddress, maskIdentity } from '../../flows/mask.ts';
import { isoOrNull, NullableString, NullableTime, Time } from '../schemas.ts';

export const CustomerView = Type.Object({
  id: Type.String(),
  name: NullableString,
  language: NullableString,
  tier: NullableString,
  flags: Type.Array(Type.String()),
  notes: NullableString,
  identities: Type.Array(Type.String()),
  createdAt: Time,
  updatedAt: Time,
});

/** A customer with identities masked unless `reveal`. */
export function toCustomerView(row: typeof customers.$inferSelect, identities: string[], reveal = false) {
  return {
    id: row.id,
    name: row.name,
    language: row.language,
    tier: row.tier,
    flags: row.flags,
    notes: row.notes,
    identities: reveal ? identities : identities.map(maskIdentity),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const LineView = Type.Object({
  sku: Type.String(),
  name: NullableString,
  qty: Type.Integer(),
  unitPrice: Type.Integer(),
  unitWeightG: Type.Union([Type.Integer(), Type.Null()]),
  perishable: Type.Boolean(),
  personalization: Type.Union([Type.Record(Type.String(), Type.String()), Type.Null()]),
});

export const OrderView = Type.Object({
  id: Type.String(),
  number: Type.String(),
  customerId: NullableString,
  identity: NullableString,
  placedAt: NullableTime,
  needBy: NullableTime,
  paymentMethod: NullableString,
  paymentStatus: NullableString,
  paymentClearedAt: NullableTime,
  discounts: Type.Array(Type.Object({ code: Type.Optional(Type.String()), amount: Type.Integer() })),
  pointsUsed: Type.Integer(),
  shippingFee: Type.Integer(),
  amountPaid: Type.Integer(),
  shippingAddress: NullableString,
  status: Type.String(),
  lines: Type.Array(LineView),
  createdAt: Time,
  updatedAt: Time,
});

/** An order with its ordering identity and address masked unless `reveal`. */
export function toOrderView(o: typeof orders.$inferSelect, lines: (typeof orderLines.$inferSelect)[], reveal = false) {
  return {
    id: o.id,
    number: o.number,
    customerId: o.customerId,
    identity: o.identity && !reveal ? maskIdentity(o.identity) : o.identity,
    placedAt: isoOrNull(o.placedAt),
    needBy: isoOrNull(o.needBy),
    paymentMethod: o.paymentMethod,
    paymentStatus: o.paymentStatus,
    paymentClearedAt: isoOrNull(o.paymentClearedAt),
    discounts: o.discounts,
    pointsUsed: o.pointsUsed,
    shippingFee: o.shippingFee,
    amountPaid: o.amountPaid,
    shippingAddress: reveal ? o.shippingAddress : maskAddress(o.shippingAddress),
    status: o.status,
    lines: lines
      .filter((l) => l.orderId === o.id)
      .map((l) => ({
        sku: l.sku,
        name: l.name,
        qty: l.qty,
        unitPrice: l.unitPrice,
        unitWeightG: l.unitWeightG,
        perishable: l.perishable,
        personalization: l.personalization
          ? Object.fromEntries(Object.entries(l.personalization).filter(([, v]) => typeof v === 'string'))
          : null,
      })),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export const ShipmentView = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  carrier: NullableString,
  service: NullableString,
  trackingNo: NullableString,
  shippedAt: NullableTime,
  weightG: Type.Union([Type.Integer(), Type.Null()]),
  packagingWeightG: Type.Union([Type.Integer(), Type.Null()]),
  signature: Type.Boolean(),
  photoBeforeShip: Type.Boolean(),
  events: Type.Array(Type.Object({ at: Time, status: Type.String(), location: NullableString })),
  createdAt: Time,
});

/** A shipment with its tracking events, oldest first. */
export function toShipmentView(s: typeof shipments.$inferSelect, events: (typeof trackingEvents.$inferSelect)[]) {
  return {
    id: s.id,
    orderId: s.orderId,
    carrier: s.carrier,
    service: s.service,
    trackingNo: s.trackingNo,
    shippedAt: isoOrNull(s.shippedAt),
    weightG: s.weightG,
    packagingWeightG: s.packagingWeightG,
    signature: s.signature,
    photoBeforeShip: s.photoBeforeShip,
    events: events
      .filter((e) => e.shipmentId === s.id)
      .map((e) => ({ at: e.at.toISOString(), status: e.status, location: e.location })),
    createdAt: s.createdAt.toISOString(),
  };
}
