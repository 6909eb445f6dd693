// The console's inbox query: saved views, filters and full-text search, one page by offset with a
// capped total (counting past 10,000 would cost more than it tells an agent), the assignee's name,
// the customer's masked name and the last message — in two queries on the store's indexes.
import { and, desc, eq, inArray, isNull, lt, notInArray, type SQL, sql } from 'drizzle-orm';
import { CASE_STATUSES, cases, customers, users } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { toSearchTokens } from './search-text.ts';

export const INBOX_VIEWS = ['all', 'mine', 'overdue', 'waiting_carrier', 'closed', 'unassigned'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

export type InboxQuery = {
  view?: InboxView;
  q?: string;
  status?: string;
  category?: string;
  language?: string;
  channel?: string;
  limit: number;
  offset: number;
};

export const COUNT_CAP = 10_000;

/** "Dana Whitfield" → "Dana W."; "王小明" → "王**": enough to recognise, not enough to expose. */
export function maskName(name: string | null): string | null {
  if (!name) return null;
  const words = name.trim().split(/\s+/);
  if (words.length === 1) {
    const chars = [...(words[0] ?? '')];
    return chars.length <= 1
      ? '*'
      : /\p{Script=Han}/u.test(name)
        ? `${chars[0]}${'*'.repeat(chars.length - 1)}`
        : `${chars.slice(0, 2).join('')}***`;
  }
  return `${words[0]} ${words
    .slice(1)
    .map((w) => `${[...w][0]}.`)
    .join(' ')}`;
}

function viewConditions(actor: Actor, view: InboxView | undefined, now: Date): SQL[] {
  const open = notInArray(cases.status, ['closed', 'resolved']);
  switch (view) {
    case 'mine':
      return [open, eq(cases.assigneeId, actor.userId)];
    case 'overdue':
      return [inArray(cases.status, ['new', 'open']), lt(cases.nextDueAt, now)];
    case 'waiting_carrier':
      return [eq(cases.status, 'waiting_carrier')];
    case 'closed':
      return [inArray(cases.status, ['closed', 'resolved'])];
    case 'unassigned':
      return [open, isNull(cases.assigneeId)];
    default:
      return [open];
  }
}

/** One page of inbox rows plus the (capped) number of matching cases. */
export async function listConsoleCases(deps: Deps, actor: Actor, q: InboxQuery) {
  const where: SQL[] = [eq(cases.storeId, actor.storeId), ...viewConditions(actor, q.view, deps.clock.now())];
  const status = CASE_STATUSES.find((st) => st === q.status);
  if (status) where.push(eq(cases.status, status));
  if (q.category) where.push(eq(cases.category, q.category));
  if (q.language) where.push(eq(cases.language, q.language));
  if (q.channel) where.push(eq(cases.channel, q.channel));
  const tokens = q.q ? toSearchTokens(q.q) : '';
  if (tokens) where.push(sql`${cases.searchTsv} @@ plainto_tsquery('simple', ${tokens})`);
  const filter = and(...where);
  const [rows, counted] = await Promise.all([
    deps.db
      .select({
        c: cases,
        assigneeName: users.name,
        customerName: customers.name,
        last: sql<{
          body: string;
          at: string;
          direction: string;
        } | null>`(select json_build_object('body', left(m.body, 200), 'at', m.created_at, 'direction', m.direction)
            from messages m where m.case_id = ${cases.id} order by m.created_at desc, m.id desc limit 1)`,
      })
      .from(cases)
      .leftJoin(users, eq(users.id, cases.assigneeId))
      .leftJoin(customers, eq(customers.id, cases.customerId))
      .where(filter)
      .orderBy(desc(cases.updatedAt), desc(cases.id))
      .limit(q.limit)
      .offset(q.offset),
    deps.db.select({ n: sql<number>`count(*)::int` }).from(
      deps.db
        .select({ one: sql`1`.as('one') })
        .from(cases)
        .where(filter)
        .limit(COUNT_CAP + 1)
        .as('t'),
    ),
  ]);
  const n = Number(counted[0]?.n ?? 0);
  return {
    total: Math.min(n, COUNT_CAP),
    totalCapped: n > COUNT_CAP,
    limit: q.limit,
    offset: q.offset,
    items: rows.map(({ c, assigneeName, customerName, last }) => ({
      id: c.id,
      subject: c.subject,
      status: c.status,
      category: c.category,
      language: c.language,
      channel: c.channel,
      priority: c.priority,
      assignee: c.assigneeId ? { id: c.assigneeId, name: assigneeName } : null,
      customer: c.customerId ? { id: c.customerId, name: maskName(customerName) } : null,
      lastMessage: last ? { body: last.body, at: new Date(last.at).toISOString(), direction: last.direction } : null,
      firstResponseDueAt: c.firstResponseDueAt?.toISOString() ?? null,
      nextDueAt: c.nextDueAt?.toISOString() ?? null,
      updatedAt: c.updatedAt.toISOString(),
    })),
  };
}
