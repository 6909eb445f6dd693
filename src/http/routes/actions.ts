// Actions: create on a case, list (e.g. what waits for approval), approve/reject, mark done.
import { Type } from '@sinclair/typebox';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { ACTIONS } from '../../core/types.ts';
import { ACTION_STATUSES, actions } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../flows/app-error.ts';
import { createAction, decideAction } from '../../flows/manage-actions.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { afterCursor, decodeCursor, toPage } from '../paging.ts';
import { IdParams, Page, PageQuery, responses, Uuid } from '../schemas.ts';
import { ActionView, toActionView } from '../views/action-views.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Decision = Type.Object({ id: Type.String(), status: Type.String() });

/** POST /cases/:id/actions, GET /actions, GET /actions/:id, POST /actions/:id/approve|reject|done. */
export function registerActionRoutes(app: App, deps: Deps): void {
  app.post(
    '/cases/:id/actions',
    {
      schema: {
        tags: ['actions'],
        params: IdParams,
        body: Type.Object({
          kind: literals(ACTIONS),
          params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
          cost: Type.Optional(Type.Integer({ minimum: 0, description: 'minor units' })),
          note: Type.Optional(Type.String({ maxLength: 2000 })),
        }),
        response: responses({ 201: Decision }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request);
      const result = await createAction(deps, actor, request.params.id, request.body);
      return reply.status(201).send({ id: result.actionId, status: result.status });
    },
  );

  app.get(
    '/actions',
    {
      schema: {
        tags: ['actions'],
        querystring: Type.Object({
          ...PageQuery,
          status: Type.Optional(literals(ACTION_STATUSES)),
          caseId: Type.Optional(Uuid),
        }),
        response: responses({ 200: Page(ActionView) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const limit = request.query.limit ?? 50;
      const where: (SQL | undefined)[] = [
        eq(actions.storeId, actor.storeId),
        afterCursor(actions.createdAt, actions.id, decodeCursor(request.query.cursor)),
      ];
      if (request.query.status) where.push(eq(actions.status, request.query.status));
      if (request.query.caseId) where.push(eq(actions.caseId, request.query.caseId));
      const rows = await deps.db
        .select()
        .from(actions)
        .where(and(...where))
        .orderBy(desc(actions.createdAt), desc(actions.id))
        .limit(limit + 1);
      return toPage(rows, limit, (r) => ({ at: r.createdAt, id: r.id }), toActionView);
    },
  );

  app.get(
    '/actions/:id',
    { schema: { tags: ['actions'], params: IdParams, response: responses({ 200: ActionView }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      const [row] = await deps.db
        .select()
        .from(actions)
        .where(and(eq(actions.id, request.params.id), eq(actions.storeId, actor.storeId)));
      if (!row) throw notFound('action');
      return toActionView(row);
    },
  );

  for (const decision of ['approve', 'reject', 'done'] as const) {
    app.post(
      `/actions/:id/${decision}`,
      {
        schema: {
          tags: ['actions'],
          params: IdParams,
          body: Type.Optional(Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) })),
          response: responses({ 200: Decision }),
        },
      },
      async (request) => {
        const actor = await authenticate(deps, request);
        const status = await decideAction(deps, actor, request.params.id, decision, request.body?.note);
        return { id: request.params.id, status };
      },
    );
  }
}
