// Orders and shipments: list, one, create/update by number, reveal the unmasked address (audited).
import { Type } from '@sinclair/typebox';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { orderLines, orders, shipments, trackingEvents } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../flows/app-error.ts';
import { OrderInputSchema, ShipmentInputSchema } from '../../flows/order-input.ts';
import { saveOrder } from '../../flows/save-order.ts';
import { literals } from '../../flows/typebox-literals.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { afterCursor, decodeCursor, toPage } from '../paging.ts';
import { IdParams, Page, PageQuery, responses, Uuid } from '../schemas.ts';
import { OrderView, ShipmentView, toOrderView, toShipmentView } from '../views/commerce-views.ts';

async function loadOrder(deps: Deps, storeId: string, id: string, reveal = false) {
  const [o] = await deps.db
    .select()
    .from(orders)
    .where(and(eq(orders.id, id), eq(orders.storeId, storeId)));
  if (!o) throw notFound('order');
  const lines = await deps.db
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, o.id))
    .orderBy(asc(orderLines.position));
  return toOrderView(o, lines, reveal);
}

async function loadShipments(deps: Deps, rows: (typeof shipments.$inferSelect)[]) {
  const events = rows.length
    ? await deps.db
        .select()
        .from(trackingEvents)
        .where(
          inArray(
            trackingEvents.shipmentId,
            rows.map((s) => s.id),
          ),
        )
        .orderBy(asc(trackingEvents.at))
    : [];
  return rows.map((s) => toShipmentView(s, events));
}

/** /orders, /orders/:id, /orders/:id/reveal, /shipments, /shipments/:id. */
export function registerOrderRoutes(app: App, deps: Deps): void {
  app.get(
    '/orders',
    {
      schema: {
        tags: ['orders'],
        querystring: Type.Object({
          ...PageQuery,
          status: Type.Optional(literals(['placed', 'paid', 'shipped', 'delivered', 'cancelled'])),
          customerId: Type.Optional(Uuid),
          number: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: responses({ 200: Page(OrderView) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const { status, customerId, number, cursor } = request.query;
      const limit = request.query.limit ?? 50;
      const where: (SQL | undefined)[] = [
        eq(orders.storeId, actor.storeId),
        afterCursor(orders.createdAt, orders.id, decodeCursor(cursor)),
      ];
      if (status) where.push(eq(orders.status, status));
      if (customerId) where.push(eq(orders.customerId, customerId));
      if (number) where.push(eq(orders.number, number));
      const rows = await deps.db
        .select()
        .from(orders)
        .where(and(...where))
        .orderBy(desc(orders.createdAt), desc(orders.id))
        .limit(limit + 1);
      const lines = rows.length
        ? await deps.db
            .select()
            .from(orderLines)
            .where(
              inArray(
                orderLines.orderId,
                rows.map((o) => o.id),
              ),
            )
            .orderBy(asc(orderLines.position))
        : [];
      return toPage(
        rows,
        limit,
        (r) => ({ at: r.createdAt, id: r.id }),
        (r) => toOrderView(r, lines),
      );
    },
  );

  app.get(
    '/orders/:id',
    { schema: { tags: ['orders'], params: IdParams, response: responses({ 200: OrderView }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      return loadOrder(deps, actor.storeId, request.params.id);
    },
  );

  app.post(
    '/orders',
    {
      schema: {
        tags: ['orders'],
        body: OrderInputSchema,
        description: 'Creates the order, or updates the one with the same number.',
        response: responses({ 200: OrderView, 201: OrderView }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request);
      const result = await deps.db.transaction(async (tx) => {
        const saved = await saveOrder(tx, deps, actor.storeId, request.body);
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: saved.created ? 'order.created' : 'order.updated',
          entity: 'order',
          entityId: saved.orderId,
        });
        return saved;
      });
      return reply.status(result.created ? 201 : 200).send(await loadOrder(deps, actor.storeId, result.orderId));
    },
  );

  app.post(
    '/orders/:id/reveal',
    {
      schema: {
        tags: ['orders'],
        params: IdParams,
        description: 'Unmasked identity and address; audited.',
        response: responses({ 200: OrderView }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const view = await loadOrder(deps, actor.storeId, request.params.id, true);
      await writeAudit(deps.db, deps, actor.storeId, actor, {
        action: 'order.revealed',
        entity: 'order',
        entityId: view.id,
      });
      return view;
    },
  );

  app.get(
    '/shipments',
    {
      schema: {
        tags: ['orders'],
        querystring: Type.Object({
          ...PageQuery,
          orderId: Type.Optional(Uuid),
          trackingNo: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: responses({ 200: Page(ShipmentView) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const { orderId, trackingNo, cursor } = request.query;
      const limit = request.query.limit ?? 50;
      const where: (SQL | undefined)[] = [
        eq(shipments.storeId, actor.storeId),
        afterCursor(shipments.createdAt, shipments.id, decodeCursor(cursor)),
      ];
      if (orderId) where.push(eq(shipments.orderId, orderId));
      if (trackingNo) where.push(eq(shipments.trackingNo, trackingNo));
      const rows = await deps.db
        .select()
        .from(shipments)
        .where(and(...where))
        .orderBy(desc(shipments.createdAt), desc(shipments.id))
        .limit(limit + 1);
      const views = await loadShipments(deps, rows.slice(0, limit));
      return toPage(
        rows,
        limit,
        (r) => ({ at: r.createdAt, id: r.id }),
        (r) => views.find((v) => v.id === r.id) ?? toShipmentView(r, []),
      );
    },
  );

  app.post(
    '/orders/:id/shipments',
    {
      schema: {
        tags: ['orders'],
        params: IdParams,
        body: ShipmentInputSchema,
        response: responses({ 201: ShipmentView }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request);
      await loadOrder(deps, actor.storeId, request.params.id);
      const id = deps.ids();
      const s = request.body;
      await deps.db.transaction(async (tx) => {
        await tx.insert(shipments).values({
          id,
          storeId: actor.storeId,
          orderId: request.params.id,
          carrier: s.carrier ?? null,
          service: s.service ?? null,
          trackingNo: s.trackingNo ?? null,
          shippedAt: s.shippedAt ? new Date(s.shippedAt) : null,
          weightG: s.weightG ?? null,
          packagingWeightG: s.packagingWeightG ?? null,
          signature: s.signature ?? false,
        });
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'shipment.created',
          entity: 'shipment',
          entityId: id,
          detail: { orderId: request.params.id },
        });
      });
      const [view] = await loadShipments(deps, await deps.db.select().from(shipments).where(eq(shipments.id, id)));
      if (!view) throw notFound('shipment');
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/shipments/:id',
    {
      schema: {
        tags: ['orders'],
        params: IdParams,
        response: responses({ 200: ShipmentView }),
        body: Type.Object(
          {
            weightG: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
            packagingWeightG: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
            signature: Type.Optional(Type.Boolean()),
            photoBeforeShip: Type.Optional(Type.Boolean()),
            carrier: Type.Optional(Type.String({ maxLength: 60 })),
          },
          { minProperties: 1 },
        ),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const rows = await deps.db.transaction(async (tx) => {
        const updated = await tx
          .update(shipments)
          .set({ ...request.body, updatedAt: deps.clock.now() })
          .where(and(eq(shipments.id, request.params.id), eq(shipments.storeId, actor.storeId)))
          .returning();
        if (!updated.length) throw notFound('shipment');
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'shipment.updated',
          entity: 'shipment',
          entityId: request.params.id,
          detail: { ...request.body },
        });
        return updated;
      });
      const [view] = await loadShipments(deps, rows);
      if (!view) throw notFound('shipment');
      return view;
    },
  );

  app.get(
    '/shipments/:id',
    { schema: { tags: ['orders'], params: IdParams, response: responses({ 200: ShipmentView }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      const rows = await deps.db
        .select()
        .from(shipments)
        .where(and(eq(shipments.id, request.params.id), eq(shipments.storeId, actor.storeId)));
      const [view] = await loadShipments(deps, rows);
      if (!view) throw notFound('shipment');
      return view;
    },
  );
}
