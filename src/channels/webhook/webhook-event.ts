// The documented webhook format (see WEBHOOK.md): one event per request, three types.
import { type Static, Type } from '@sinclair/typebox';

const Iso = Type.String({ format: 'date-time' });
const Money = Type.Integer({ minimum: 0, description: 'integer minor units' });

export const MessageData = Type.Object({
  platform: Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9_.-]+$' }),
  account: Type.String({ minLength: 1, maxLength: 200 }),
  name: Type.Optional(Type.String({ maxLength: 200 })),
  orderNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  subject: Type.Optional(Type.String({ maxLength: 500 })),
  text: Type.String({ minLength: 1, maxLength: 100_000 }),
  attachments: Type.Optional(
    Type.Array(
      Type.Object({
        kind: Type.Union([Type.Literal('photo'), Type.Literal('video'), Type.Literal('file')]),
        url: Type.String({ maxLength: 2000 }),
        name: Type.Optional(Type.String({ maxLength: 300 })),
      }),
      { maxItems: 20 },
    ),
  ),
});

export const OrderData = Type.Object({
  number: Type.String({ minLength: 1, maxLength: 100 }),
  identity: Type.Optional(
    Type.String({ minLength: 3, maxLength: 320, description: 'email:…, phone:… or platform:<name>:<account>' }),
  ),
  placedAt: Type.Optional(Iso),
  status: Type.Optional(
    Type.Union([
      Type.Literal('placed'),
      Type.Literal('paid'),
      Type.Literal('shipped'),
      Type.Literal('delivered'),
      Type.Literal('cancelled'),
    ]),
  ),
  paymentMethod: Type.Optional(Type.String({ maxLength: 40 })),
  paymentStatus: Type.Optional(Type.String({ maxLength: 40 })),
  amountPaid: Type.Optional(Money),
  shippingFee: Type.Optional(Money),
  shippingAddress: Type.Optional(Type.String({ maxLength: 1000 })),
  lines: Type.Optional(
    Type.Array(
      Type.Object({
        sku: Type.String({ minLength: 1, maxLength: 100 }),
        name: Type.Optional(Type.String({ maxLength: 300 })),
        qty: Type.Integer({ minimum: 1 }),
        unitPrice: Money,
        unitWeightG: Type.Optional(Type.Integer({ minimum: 0 })),
        perishable: Type.Optional(Type.Boolean()),
      }),
      { maxItems: 500 },
    ),
  ),
});

export const TrackingData = Type.Object({
  orderNumber: Type.String({ minLength: 1, maxLength: 100 }),
  carrier: Type.Optional(Type.String({ maxLength: 100 })),
  service: Type.Optional(Type.String({ maxLength: 100 })),
  trackingNo: Type.String({ minLength: 1, maxLength: 100 }),
  shippedAt: Type.Optional(Iso),
  weightG: Type.Optional(Type.Integer({ minimum: 0 })),
  events: Type.Array(
    Type.Object({
      at: Iso,
      status: Type.Union([
        Type.Literal('label_created'),
        Type.Literal('in_transit'),
        Type.Literal('out_for_delivery'),
        Type.Literal('delivered'),
        Type.Literal('exception'),
        Type.Literal('returned'),
      ]),
      location: Type.Optional(Type.String({ maxLength: 300 })),
    }),
    { maxItems: 500 },
  ),
});

export const WebhookEvent = Type.Union([
  Type.Object({
    id: Type.String({ minLength: 1, maxLength: 200 }),
    type: Type.Literal('message'),
    occurredAt: Type.Optional(Iso),
    data: MessageData,
  }),
  Type.Object({
    id: Type.String({ minLength: 1, maxLength: 200 }),
    type: Type.Literal('order'),
    occurredAt: Type.Optional(Iso),
    data: OrderData,
  }),
  Type.Object({
    id: Type.String({ minLength: 1, maxLength: 200 }),
    type: Type.Literal('tracking'),
    occurredAt: Type.Optional(Iso),
    data: TrackingData,
  }),
]);
export type WebhookEvent = Static<typeof WebhookEvent>;
