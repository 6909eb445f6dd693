// The inbox and the case: list with filters and full-text search, one case with everything around
// it, manual case creation, changes, and closing with the record.
import { Type } from '@sinclair/typebox';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { ACTIONS, CATEGORIES } from '../../core/types.ts';
import {
  actions,
  CASE_STATUSES,
  caseCosts,
  cases,
  messages,
  orderLines,
  orders,
  PRIORITIES,
  shipments,
  trackingEvents,
} from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../flows/app-error.ts';
import { closeCase } from '../../flows/close-case.ts';
import { intakeInTransaction } from '../../flows/intake-message.ts';
import { listAttachments } from '../../flows/list-attachments.ts';
import { updateCase } from '../../flows/update-case.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { IdParams, Ok, responses, Uuid } from '../schemas.ts';
import { ActionView, toActionView } from '../views/action-views.ts';
import { CaseSummary, MessageView, toCaseSummary, toMessageView } from '../views/case-views.ts';
import { OrderView, ShipmentView, toOrderView, toShipmentView } from '../views/commerce-views.ts';
import { registerCaseListRoute } from './cases-list.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const ClaimSchema = Type.Object({
  lines: Type.Optional(Type.Array(Type.Object({ sku: Type.String(), qty: Type.Integer({ minimum: 1 }) }))),
  damagedShare: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  wants: Type.Optional(literals(['refund', 'reship', 'exchange', 'keep', 'redo', 'cancel', 'info'] as const)),
  refused: Type.Optional(Type.Array(literals(ACTIONS))),
  storage: Type.Optional(literals(['frozen', 'refrigerated', 'room'] as const)),
  wanted: Type.Optional(Type.String()),
  hotWeather: Type.Optional(Type.Boolean()),
});

const CaseDetail = Type.Object({
  case: CaseSummary,
  summary: Type.Union([Type.String(), Type.Null()]),
  rootCause: Type.Union([Type.String(), Type.Null()]),
  resolution: Type.Union([Type.String(), Type.Null()]),
  claim: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  assessment: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  assessedAt: Type.Union([Type.String(), Type.Null()]),
  messages: Type.Array(MessageView),
  order: Type.Union([OrderView, Type.Null()]),
  shipments: Type.Array(ShipmentView),
  actions: Type.Array(ActionView),
  costs: Type.Array(
    Type.Object({
      kind: Type.String(),
      amount: Type.Integer(),
      actionId: Type.Union([Type.String(), Type.Null()]),
      at: Type.String(),
    }),
  ),
});

/** Cases: GET /cases (cases-list.ts), GET/PATCH /cases/:id, POST /cases, POST /cases/:id/close. */
export function registerCaseRoutes(app: App, deps: Deps): void {
  registerCaseListRoute(app, deps);

  app.get(
    '/cases/:id',
    { schema: { tags: ['cases'], params: IdParams, response: responses({ 200: CaseDetail }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      return loadCaseDetail(deps, actor.storeId, request.params.id);
    },
  );

  app.post(
    '/cases',
    {
      schema: {
        tags: ['cases'],
        description: 'Opens a case by hand (a phone call, a walk-in): the same rules as intake.',
        body: Type.Object({
          from: Type.String({ minLength: 3, maxLength: 320 }),
          channel: Type.String({ minLength: 1, maxLength: 40 }),
          text: Type.String({ minLength: 1, maxLength: 50_000 }),
          subject: Type.Optional(Type.String({ maxLength: 200 })),
          orderRef: Type.Optional(Type.String({ maxLength: 100 })),
          name: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        response: responses({
          201: Type.Object({ caseId: Type.String(), messageId: Type.String(), caseCreated: Type.Boolean() }),
        }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request);
      const result = await intakeInTransaction(deps, actor.storeId, actor, request.body);
      return reply.status(201).send(result);
    },
  );

  app.patch(
    '/cases/:id',
    {
      schema: {
        tags: ['cases'],
        params: IdParams,
        body: Type.Object(
          {
            status: Type.Optional(literals(CASE_STATUSES.filter((s) => s !== 'closed'))),
            assigneeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
            priority: Type.Optional(literals(PRIORITIES)),
            tags: Type.Optional(Type.Array(Type.String({ maxLength: 60 }), { maxItems: 30 })),
            subject: Type.Optional(Type.String({ maxLength: 200 })),
            summary: Type.Optional(Type.Union([Type.String({ maxLength: 5000 }), Type.Null()])),
            claim: Type.Optional(Type.Union([ClaimSchema, Type.Null()])),
          },
          { minProperties: 1 },
        ),
        response: responses({ 200: CaseDetail }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      await updateCase(deps, actor, request.params.id, request.body);
      return loadCaseDetail(deps, actor.storeId, request.params.id);
    },
  );

  app.post(
    '/cases/:id/close',
    {
      schema: {
        tags: ['cases'],
        params: IdParams,
        body: Type.Object({
          category: literals(CATEGORIES),
          rootCause: Type.String({ minLength: 1, maxLength: 2000 }),
          resolution: Type.String({ minLength: 1, maxLength: 2000 }),
          cost: Type.Integer({ minimum: 0 }),
        }),
        response: responses({ 200: Ok }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      await closeCase(deps, actor, request.params.id, request.body);
      return { ok: true };
    },
  );
}

/** Everything the case view needs, scoped to the store; not_found for another store's case. */
export async function loadCaseDetail(deps: Deps, storeId: string, caseId: string) {
  const [c] = await deps.db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.storeId, storeId)));
  if (!c) throw notFound('case');
  const [msgs, acts, costs, order] = await Promise.all([
    deps.db.select().from(messages).where(eq(messages.caseId, c.id)).orderBy(asc(messages.createdAt), asc(messages.id)),
    deps.db.select().from(actions).where(eq(actions.caseId, c.id)).orderBy(asc(actions.createdAt)),
    deps.db.select().from(caseCosts).where(eq(caseCosts.caseId, c.id)).orderBy(asc(caseCosts.at)),
    c.orderId
      ? deps.db
          .select()
          .from(orders)
          .where(eq(orders.id, c.orderId))
          .then((r) => r[0])
      : undefined,
  ]);
  const files = await listAttachments(
    deps.db,
    msgs.map((m) => m.id),
  );
  const lines = order
    ? await deps.db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position))
    : [];
  const ships = order ? await deps.db.select().from(shipments).where(eq(shipments.orderId, order.id)) : [];
  const events = ships.length
    ? await deps.db
        .select()
        .from(trackingEvents)
        .where(
          inArray(
            trackingEvents.shipmentId,
            ships.map((s) => s.id),
          ),
        )
        .orderBy(asc(trackingEvents.at))
    : [];
  return {
    case: toCaseSummary(c, deps.clock.now()),
    summary: c.summary,
    rootCause: c.rootCause,
    resolution: c.resolution,
    claim: c.claim ?? null,
    assessment: c.assessment ?? null,
    assessedAt: c.assessedAt?.toISOString() ?? null,
    messages: msgs.map((m) => toMessageView(m, files)),
    order: order ? toOrderView(order, lines) : null,
    shipments: ships.map((s) => toShipmentView(s, events)),
    actions: acts.map(toActionView),
    costs: costs.map((x) => ({ kind: x.kind, amount: x.amount, actionId: x.actionId, at: x.at.toISOString() })),
  };
}
