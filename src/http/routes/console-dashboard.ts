// The dashboard's figures and the customer page.
import { Type } from '@sinclair/typebox';
import type { Deps } from '../../deps.ts';
import { addCustomerNote, loadConsoleCustomer } from '../../flows/console-customer.ts';
import { loadConsoleStats } from '../../flows/console-stats.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { IdParams, Ok, responses } from '../schemas.ts';

const Anything = Type.Record(Type.String(), Type.Unknown());

/** GET /console/stats, GET /console/customers/:id, POST /console/customers/:id/notes. */
export function registerConsoleDashboardRoutes(app: App, deps: Deps): void {
  app.get(
    '/console/stats',
    {
      schema: {
        tags: ['console'],
        querystring: Type.Object({ days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366 })) }),
        response: responses({ 200: Anything }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      return loadConsoleStats(deps, actor, request.query.days ?? 30);
    },
  );

  app.get(
    '/console/customers/:id',
    {
      schema: {
        tags: ['console'],
        params: IdParams,
        querystring: Type.Object({ reveal: Type.Optional(Type.Boolean()) }),
        response: responses({ 200: Anything }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      return loadConsoleCustomer(deps, actor, request.params.id, request.query.reveal === true);
    },
  );

  app.post(
    '/console/customers/:id/notes',
    {
      schema: {
        tags: ['console'],
        params: IdParams,
        body: Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000 }) }),
        response: responses({ 200: Ok }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      await addCustomerNote(deps, actor, request.params.id, request.body.note);
      return { ok: true };
    },
  );
}
