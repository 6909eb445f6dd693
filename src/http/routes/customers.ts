// Customers: list (search by name or exact identity), one, change notes/flags/tier, reveal identities (audited).
import { Type } from '@sinclair/typebox';
import { and, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { customerIdentities, customers } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../flows/app-error.ts';
import { normaliseIdentity } from '../../flows/find-or-create-customer.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { afterCursor, decodeCursor, toPage } from '../paging.ts';
import { IdParams, Page, PageQuery, responses } from '../schemas.ts';
import { CustomerView, toCustomerView } from '../views/commerce-views.ts';

async function identitiesOf(deps: Deps, ids: string[]): Promise<Map<string, string[]>> {
  const rows = ids.length
    ? await deps.db.select().from(customerIdentities).where(inArray(customerIdentities.customerId, ids))
    : [];
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.customerId, [...(map.get(r.customerId) ?? []), r.identity]);
  return map;
}

async function findCustomer(deps: Deps, storeId: string, id: string) {
  const [row] = await deps.db
    .select()
    .from(customers)
    .where(and(eq(customers.id, id), eq(customers.storeId, storeId)));
  if (!row) throw notFound('customer');
  return row;
}

/** GET /customers, GET/PATCH /customers/:id, POST /customers/:id/reveal. */
export function registerCustomerRoutes(app: App, deps: Deps): void {
  app.get(
    '/customers',
    {
      schema: {
        tags: ['customers'],
        querystring: Type.Object({
          ...PageQuery,
          q: Type.Optional(Type.String({ maxLength: 200 })),
          flag: Type.Optional(Type.String({ maxLength: 60 })),
        }),
        response: responses({ 200: Page(CustomerView) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const { q, flag, cursor } = request.query;
      const limit = request.query.limit ?? 50;
      const where: (SQL | undefined)[] = [
        eq(customers.storeId, actor.storeId),
        afterCursor(customers.createdAt, customers.id, decodeCursor(cursor)),
      ];
      if (flag) where.push(sql`${flag} = ANY(${customers.flags})`);
      if (q) {
        // A name matches by substring; an identity only exactly, so a search cannot be used to guess addresses.
        const byIdentity = deps.db
          .select({ id: customerIdentities.customerId })
          .from(customerIdentities)
          .where(
            and(eq(customerIdentities.storeId, actor.storeId), eq(customerIdentities.identity, normaliseIdentity(q))),
          );
        where.push(or(ilike(customers.name, `%${q.replace(/[%_\\]/g, '\\$&')}%`), inArray(customers.id, byIdentity)));
      }
      const rows = await deps.db
        .select()
        .from(customers)
        .where(and(...where))
        .orderBy(desc(customers.createdAt), desc(customers.id))
        .limit(limit + 1);
      const identities = await identitiesOf(
        deps,
        rows.map((r) => r.id),
      );
      return toPage(
        rows,
        limit,
        (r) => ({ at: r.createdAt, id: r.id }),
        (r) => toCustomerView(r, identities.get(r.id) ?? []),
      );
    },
  );

  app.post(
    '/customers',
    {
      schema: {
        tags: ['customers'],
        body: Type.Object({
          name: Type.Optional(Type.String({ maxLength: 200 })),
          language: Type.Optional(Type.String({ maxLength: 35 })),
          identities: Type.Array(Type.String({ minLength: 3, maxLength: 320 }), { minItems: 1, maxItems: 20 }),
        }),
        response: responses({ 201: CustomerView }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request);
      const identities = [...new Set(request.body.identities.map(normaliseIdentity))];
      const id = deps.ids();
      await deps.db.transaction(async (tx) => {
        const taken = await tx
          .select({ identity: customerIdentities.identity })
          .from(customerIdentities)
          .where(and(eq(customerIdentities.storeId, actor.storeId), inArray(customerIdentities.identity, identities)));
        if (taken.length)
          throw new AppError('conflict', `${taken.map((t) => t.identity).join(', ')} already belongs to a customer`, {
            field: 'identities',
          });
        await tx.insert(customers).values({
          id,
          storeId: actor.storeId,
          name: request.body.name ?? null,
          language: request.body.language ?? null,
        });
        await tx
          .insert(customerIdentities)
          .values(identities.map((identity) => ({ id: deps.ids(), storeId: actor.storeId, customerId: id, identity })));
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'customer.created',
          entity: 'customer',
          entityId: id,
        });
      });
      return reply.status(201).send(toCustomerView(await findCustomer(deps, actor.storeId, id), identities));
    },
  );

  app.get(
    '/customers/:id',
    { schema: { tags: ['customers'], params: IdParams, response: responses({ 200: CustomerView }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      const row = await findCustomer(deps, actor.storeId, request.params.id);
      return toCustomerView(row, (await identitiesOf(deps, [row.id])).get(row.id) ?? []);
    },
  );

  app.patch(
    '/customers/:id',
    {
      schema: {
        tags: ['customers'],
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ maxLength: 200 })),
            notes: Type.Optional(Type.Union([Type.String({ maxLength: 5000 }), Type.Null()])),
            flags: Type.Optional(Type.Array(Type.String({ maxLength: 60 }), { maxItems: 30 })),
            tier: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()])),
            language: Type.Optional(Type.String({ maxLength: 35 })),
          },
          { minProperties: 1 },
        ),
        response: responses({ 200: CustomerView }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      await findCustomer(deps, actor.storeId, request.params.id);
      await deps.db.transaction(async (tx) => {
        await tx
          .update(customers)
          .set({ ...request.body, updatedAt: deps.clock.now() })
          .where(and(eq(customers.id, request.params.id), eq(customers.storeId, actor.storeId)));
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'customer.updated',
          entity: 'customer',
          entityId: request.params.id,
          detail: { ...request.body },
        });
      });
      const row = await findCustomer(deps, actor.storeId, request.params.id);
      return toCustomerView(row, (await identitiesOf(deps, [row.id])).get(row.id) ?? []);
    },
  );

  app.post(
    '/customers/:id/reveal',
    {
      schema: {
        tags: ['customers'],
        params: IdParams,
        description: 'Shows the unmasked identities; writes an audit entry.',
        response: responses({ 200: CustomerView }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const row = await findCustomer(deps, actor.storeId, request.params.id);
      await writeAudit(deps.db, deps, actor.storeId, actor, {
        action: 'customer.revealed',
        entity: 'customer',
        entityId: row.id,
      });
      return toCustomerView(row, (await identitiesOf(deps, [row.id])).get(row.id) ?? [], true);
    },
  );
}
