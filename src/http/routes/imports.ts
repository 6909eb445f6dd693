// Bulk imports from integrations: orders and tracking events, with a per-row report.
import { Type } from '@sinclair/typebox';
import type { Deps } from '../../deps.ts';
import { importOrders, importTrackingEvents } from '../../flows/import-rows.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { responses } from '../schemas.ts';

const Report = Type.Object({
  imported: Type.Integer(),
  updated: Type.Integer(),
  skipped: Type.Integer(),
  rejected: Type.Array(
    Type.Object({ row: Type.Integer(), key: Type.Optional(Type.String()), reasons: Type.Array(Type.String()) }),
  ),
});
const Rows = Type.Array(Type.Unknown(), {
  maxItems: 5000,
  description: 'each row is checked on its own; bad rows are reported, good rows imported',
});

/** POST /import/orders and POST /import/tracking-events (supervisor or owner). */
export function registerImportRoutes(app: App, deps: Deps): void {
  app.post(
    '/import/orders',
    { schema: { tags: ['import'], body: Rows, response: responses({ 200: Report }) } },
    async (request) => {
      const actor = await authenticate(deps, request, 'supervisor');
      return importOrders(deps, actor.storeId, actor, request.body);
    },
  );
  app.post(
    '/import/tracking-events',
    { schema: { tags: ['import'], body: Rows, response: responses({ 200: Report }) } },
    async (request) => {
      const actor = await authenticate(deps, request, 'supervisor');
      return importTrackingEvents(deps, actor.storeId, actor, request.body);
    },
  );
}
