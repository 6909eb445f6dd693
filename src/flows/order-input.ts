// The shape of an order as integrations and files send it (import, POST /orders), checked row by row.
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { literals } from './typebox-literals.ts';

const Time = Type.String({ format: 'date-time' });
const Int = (min = 0) => Type.Integer({ minimum: min });

export const ShipmentInputSchema = Type.Object({
  carrier: Type.Optional(Type.String({ maxLength: 60 })),
  service: Type.Optional(Type.String({ maxLength: 60 })),
  trackingNo: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  shippedAt: Type.Optional(Time),
  weightG: Type.Optional(Int()),
  packagingWeightG: Type.Optional(Int()),
  signature: Type.Optional(Type.Boolean()),
});

export const OrderInputSchema = Type.Object({
  number: Type.String({ minLength: 1, maxLength: 100 }),
  identity: Type.Optional(Type.String({ minLength: 3, maxLength: 320 })),
  customerName: Type.Optional(Type.String({ maxLength: 200 })),
  placedAt: Type.Optional(Time),
  needBy: Type.Optional(Time),
  payment: Type.Optional(
    Type.Object({
      method: Type.String({ minLength: 1, maxLength: 40 }),
      status: Type.Optional(Type.String({ maxLength: 40 })),
      clearedAt: Type.Optional(Time),
    }),
  ),
  lines: Type.Array(
    Type.Object({
      sku: Type.String({ minLength: 1, maxLength: 100 }),
      name: Type.Optional(Type.String({ maxLength: 300 })),
      qty: Int(1),
      unitPrice: Int(),
      unitWeightG: Type.Optional(Int()),
      perishable: Type.Optional(Type.Boolean()),
      personalization: Type.Optional(
        Type.Object({
          kind: Type.Optional(Type.String()),
          entered: Type.Optional(Type.String()),
          produced: Type.Optional(Type.String()),
        }),
      ),
    }),
    { minItems: 1, maxItems: 500 },
  ),
  discounts: Type.Optional(
    Type.Array(Type.Object({ code: Type.Optional(Type.String({ maxLength: 60 })), amount: Int() }), { maxItems: 50 }),
  ),
  pointsUsed: Type.Optional(Int()),
  shippingFee: Type.Optional(Int()),
  amountPaid: Type.Optional(Int()),
  shippingAddress: Type.Optional(Type.String({ maxLength: 1000 })),
  status: Type.Optional(literals(['placed', 'paid', 'shipped', 'delivered', 'cancelled'] as const)),
  shipments: Type.Optional(Type.Array(ShipmentInputSchema, { maxItems: 20 })),
});
export type OrderInput = Static<typeof OrderInputSchema>;

export const TrackingEventInputSchema = Type.Object({
  trackingNo: Type.String({ minLength: 1, maxLength: 100 }),
  at: Time,
  status: literals(['label_created', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned'] as const),
  location: Type.Optional(Type.String({ maxLength: 300 })),
});
export type TrackingEventInput = Static<typeof TrackingEventInputSchema>;

/** Either the typed value or the reasons (path: message) it is not one. */
export function checkRow<S extends TSchema>(
  schema: S,
  value: unknown,
): { ok: true; value: Static<S> } | { ok: false; reasons: string[] } {
  if (Value.Check(schema, value)) return { ok: true, value };
  const reasons = [...Value.Errors(schema, value)]
    .slice(0, 5)
    .map((e) => `${e.path.replace(/^\//, '').replaceAll('/', '.') || '(row)'}: ${e.message}`);
  return { ok: false, reasons };
}
