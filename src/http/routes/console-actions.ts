// Actions from the console (priced by the shared planner) and the supervisors' approvals queue.
import { Type } from '@sinclair/typebox';
import { and, desc, eq } from 'drizzle-orm';
import { ACTIONS } from '../../core/types.ts';
import { actions, cases, stores, users } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { requireRole } from '../../flows/actor.ts';
import { notFound } from '../../flows/app-error.ts';
import { applyEffect, readParams, takeConsoleAction } from '../../flows/console-take-action.ts';
import { decideAction } from '../../flows/manage-actions.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { IdParams, responses } from '../schemas.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Result = Type.Object({ id: Type.String(), status: Type.String(), cost: Type.Integer() });
const Params = Type.Object(
  {
    sku: Type.Optional(Type.String({ maxLength: 100 })),
    qty: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    carrier: Type.Optional(Type.String({ maxLength: 100 })),
    returnLabel: Type.Optional(Type.Boolean()),
    amount: Type.Optional(Type.Integer({ minimum: 0 })),
    address: Type.Optional(Type.String({ maxLength: 1000 })),
    flag: Type.Optional(Type.String({ maxLength: 60 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    trackingNo: Type.Optional(Type.String({ maxLength: 100 })),
    declaredValue: Type.Optional(Type.Integer({ minimum: 0 })),
    deliveryConfirmation: Type.Optional(Type.String({ maxLength: 200 })),
    photos: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    recipient: Type.Optional(Type.String({ maxLength: 320 })),
  },
  { additionalProperties: false },
);

/** POST /console/cases/:id/actions, GET /console/approvals, POST /console/approvals/:id. */
export function registerConsoleActionRoutes(app: App, deps: Deps): void {
  app.post(
    '/console/cases/:id/actions',
    {
      schema: {
        tags: ['console'],
        params: IdParams,
        body: Type.Object({ kind: literals(ACTIONS), params: Type.Optional(Params) }),
        response: responses({ 201: Result }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request);
      const result = await takeConsoleAction(
        deps,
        actor,
        request.params.id,
        request.body.kind,
        request.body.params ?? {},
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/console/approvals',
    {
      schema: {
        tags: ['console'],
        response: responses({ 200: Type.Object({ items: Type.Array(Type.Record(Type.String(), Type.Unknown())) }) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request, 'supervisor');
      const rows = await deps.db
        .select({ a: actions, subject: cases.subject, requester: users.name, currency: stores.currency })
        .from(actions)
        .innerJoin(cases, eq(cases.id, actions.caseId))
        .innerJoin(stores, eq(stores.id, actions.storeId))
        .leftJoin(users, eq(users.id, actions.requestedBy))
        .where(and(eq(actions.storeId, actor.storeId), eq(actions.status, 'awaiting_approval')))
        .orderBy(desc(actions.createdAt))
        .limit(200);
      return {
        items: rows.map(({ a, subject, requester, currency }) => ({
          id: a.id,
          caseId: a.caseId,
          kind: a.kind,
          params: a.params,
          status: a.status,
          cost: a.cost,
          note: a.note,
          requestedBy: a.requestedBy,
          createdAt: a.createdAt.toISOString(),
          caseSubject: subject,
          requestedByName: requester,
          currency,
        })),
      };
    },
  );

  app.post(
    '/console/approvals/:id',
    {
      schema: {
        tags: ['console'],
        params: IdParams,
        body: Type.Object({ approve: Type.Boolean() }),
        response: responses({ 200: Type.Object({ id: Type.String(), status: Type.String() }) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request, 'supervisor');
      requireRole(actor, 'supervisor');
      const [row] = await deps.db
        .select({ a: actions, customerId: cases.customerId, orderId: cases.orderId })
        .from(actions)
        .innerJoin(cases, eq(cases.id, actions.caseId))
        .where(and(eq(actions.id, request.params.id), eq(actions.storeId, actor.storeId)));
      if (!row) throw notFound('action');
      let status = await decideAction(deps, actor, row.a.id, request.body.approve ? 'approve' : 'reject');
      if (status === 'approved') {
        status = await decideAction(deps, actor, row.a.id, 'done');
        await applyEffect(deps, actor, row.a.caseId, row.customerId, row.orderId, row.a.kind, readParams(row.a.params));
      }
      return { id: row.a.id, status };
    },
  );
}
