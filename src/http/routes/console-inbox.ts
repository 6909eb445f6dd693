// The console's reads: who is signed in with their store, the inbox page, and the case view
// (the foundation's case detail plus what the screen needs around it: currency, customer, names).
import { Type } from '@sinclair/typebox';
import { and, eq, inArray } from 'drizzle-orm';
import { CATEGORIES } from '../../core/types.ts';
import { CASE_STATUSES, cases, customerIdentities, customers, stores, users } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../flows/app-error.ts';
import { INBOX_VIEWS, listConsoleCases, maskName } from '../../flows/console-list-cases.ts';
import { maskIdentity } from '../../flows/mask.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { IdParams, responses } from '../schemas.ts';
import { loadCaseDetail } from './cases.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Anything = Type.Record(Type.String(), Type.Unknown());

const InboxQuery = Type.Object({
  view: Type.Optional(literals(INBOX_VIEWS)),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  status: Type.Optional(literals(CASE_STATUSES)),
  category: Type.Optional(literals(CATEGORIES)),
  language: Type.Optional(Type.String({ maxLength: 35 })),
  channel: Type.Optional(Type.String({ maxLength: 40 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
});

/** GET /console/me, GET /console/cases, GET /console/cases/:id. */
export function registerConsoleInboxRoutes(app: App, deps: Deps): void {
  app.get(
    '/console/me',
    { schema: { tags: ['console'], response: responses({ 200: Type.Object({ user: Anything, store: Anything }) }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      const [row] = await deps.db
        .select({ u: users, s: stores })
        .from(users)
        .innerJoin(stores, eq(stores.id, users.storeId))
        .where(eq(users.id, actor.userId));
      if (!row) throw notFound('user');
      return {
        user: { id: row.u.id, storeId: row.s.id, name: row.u.name, email: row.u.email, role: actor.role },
        store: {
          id: row.s.id,
          name: row.s.name,
          currency: row.s.currency,
          language: row.s.language,
          policy: row.s.policy,
        },
      };
    },
  );

  app.get(
    '/console/cases',
    { schema: { tags: ['console'], querystring: InboxQuery, response: responses({ 200: Anything }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      const { limit = 50, offset = 0, ...filters } = request.query;
      return listConsoleCases(deps, actor, { ...filters, limit, offset });
    },
  );

  app.get(
    '/console/cases/:id',
    { schema: { tags: ['console'], params: IdParams, response: responses({ 200: Anything }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      const detail = await loadCaseDetail(deps, actor.storeId, request.params.id);
      const [row] = await deps.db
        .select({ currency: stores.currency, customerId: cases.customerId })
        .from(cases)
        .innerJoin(stores, eq(stores.id, cases.storeId))
        .where(and(eq(cases.id, request.params.id), eq(cases.storeId, actor.storeId)));
      if (!row) throw notFound('case');
      const customer = row.customerId ? await loadCustomerHead(deps, actor.storeId, row.customerId) : null;
      const people = [detail.case.assigneeId, ...detail.messages.map((m) => m.authorId)];
      const authorIds = [...new Set(people.filter((x): x is string => !!x))];
      const authors = authorIds.length
        ? await deps.db
            .select({ id: users.id, name: users.name })
            .from(users)
            .where(and(eq(users.storeId, actor.storeId), inArray(users.id, authorIds)))
        : [];
      const names = new Map(authors.map((a) => [a.id, a.name]));
      const { case: summary, ...rest } = detail;
      return {
        ...summary,
        ...rest,
        currency: row.currency,
        customer,
        assigneeName: summary.assigneeId ? (names.get(summary.assigneeId) ?? null) : null,
        messages: detail.messages.map((m) => ({
          ...m,
          authorName: m.authorId ? (names.get(m.authorId) ?? null) : null,
        })),
      };
    },
  );
}

async function loadCustomerHead(deps: Deps, storeId: string, customerId: string) {
  const [c] = await deps.db
    .select()
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.storeId, storeId)));
  if (!c) return null;
  const ids = await deps.db
    .select({ identity: customerIdentities.identity })
    .from(customerIdentities)
    .where(eq(customerIdentities.customerId, c.id));
  return {
    id: c.id,
    name: maskName(c.name),
    language: c.language,
    tier: c.tier,
    flags: c.flags,
    notes: c.notes,
    identities: ids.map((i) => maskIdentity(i.identity)),
  };
}
