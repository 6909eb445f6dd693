// GET /cases: the inbox. Filters, full-text search, and three orders — latest activity, newest, or
// most urgent (next due time first) — each paged by a keyset cursor on (time, id).
import { Type } from '@sinclair/typebox';
import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { CATEGORIES } from '../../core/types.ts';
import { CASE_STATUSES, cases, PRIORITIES } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { toSearchTokens } from '../../flows/search-text.ts';
import { literals } from '../../flows/typebox-literals.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { type Cursor, decodeCursor, toPage } from '../paging.ts';
import { Page, PageQuery, responses, Uuid } from '../schemas.ts';
import { CASE_SUMMARY_COLUMNS, CaseSummary, toCaseSummary } from '../views/case-views.ts';

const ListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(Type.Array(literals(CASE_STATUSES), { description: 'repeat the parameter for several' })),
  category: Type.Optional(literals(CATEGORIES)),
  priority: Type.Optional(literals(PRIORITIES)),
  assignee: Type.Optional(Type.String({ description: '"me", "none" or a user id' })),
  customerId: Type.Optional(Uuid),
  orderId: Type.Optional(Uuid),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  sort: Type.Optional(literals(['updated', 'created', 'due'] as const)),
});

// Cases with no due time sort after every dated one.
const NEVER = new Date('9999-12-31T00:00:00Z');
const dueExpr = sql`coalesce(${cases.nextDueAt}, ${NEVER.toISOString()}::timestamptz)`;

type Row = { id: string; createdAt: Date; updatedAt: Date; nextDueAt: Date | null };

function ordering(sort: 'updated' | 'created' | 'due' | undefined, cursor: Cursor | null) {
  const at = cursor ? sql`${cursor.at.toISOString()}::timestamptz` : undefined;
  const id = cursor ? sql`${cursor.id}::uuid` : undefined;
  if (sort === 'due') {
    return {
      after: cursor ? sql`(${dueExpr}, ${cases.id}) > (${at}, ${id})` : undefined,
      orderBy: [asc(dueExpr), asc(cases.id)],
      key: (r: Row) => ({ at: r.nextDueAt ?? NEVER, id: r.id }),
    };
  }
  const column = sort === 'created' ? cases.createdAt : cases.updatedAt;
  return {
    after: cursor ? sql`(${column}, ${cases.id}) < (${at}, ${id})` : undefined,
    orderBy: [desc(column), desc(cases.id)],
    key: (r: Row) => ({ at: sort === 'created' ? r.createdAt : r.updatedAt, id: r.id }),
  };
}

/** GET /cases. */
export function registerCaseListRoute(app: App, deps: Deps): void {
  app.get(
    '/cases',
    { schema: { tags: ['cases'], querystring: ListQuery, response: responses({ 200: Page(CaseSummary) }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      const query = request.query;
      const limit = query.limit ?? 50;
      const order = ordering(query.sort, decodeCursor(query.cursor));
      const where: (SQL | undefined)[] = [eq(cases.storeId, actor.storeId), order.after];
      if (query.status?.length) where.push(inArray(cases.status, query.status));
      if (query.category) where.push(eq(cases.category, query.category));
      if (query.priority) where.push(eq(cases.priority, query.priority));
      if (query.assignee === 'me') where.push(eq(cases.assigneeId, actor.userId));
      else if (query.assignee === 'none') where.push(isNull(cases.assigneeId));
      else if (query.assignee) where.push(eq(cases.assigneeId, query.assignee));
      if (query.customerId) where.push(eq(cases.customerId, query.customerId));
      if (query.orderId) where.push(eq(cases.orderId, query.orderId));
      const tokens = query.q ? toSearchTokens(query.q) : '';
      if (tokens) where.push(sql`${cases.searchTsv} @@ plainto_tsquery('simple', ${tokens})`);
      const rows = await deps.db
        .select(CASE_SUMMARY_COLUMNS)
        .from(cases)
        .where(and(...where))
        .orderBy(...order.orderBy)
        .limit(limit + 1);
      const now = deps.clock.now();
      return toPage(rows, limit, order.key, (r) => toCaseSummary(r, now));
    },
  );
}
