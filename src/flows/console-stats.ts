// The dashboard's figures (S29, DOMAIN.md §10): cases and cost by category, channel, carrier and SKU,
// cases and SLA breaches per day, median first-response and resolution times — for cases opened in
// the last `days` days of the caller's store, computed in the database.
import { and, count, desc, eq, gte, notInArray, type SQL, sql } from 'drizzle-orm';
import { caseCosts, cases, orderLines, shipments, users } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';

export type Bucket = { key: string; cases: number; cost: number };

const DAY_MS = 86_400_000;

/** A case breached its first-response SLA when it was answered late, or is still unanswered past due. */
const breached = (now: Date): SQL =>
  sql`(${cases.firstResponseDueAt} is not null and coalesce(${cases.firstRespondedAt}, ${now.toISOString()}::timestamptz) > ${cases.firstResponseDueAt})`;

const hoursMedian = (from: SQL | typeof cases.createdAt, to: SQL | typeof cases.closedAt) =>
  sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from (${to} - ${from})) / 3600.0)`;

async function bucketsBy(
  deps: Deps,
  where: SQL | undefined,
  column: typeof cases.category | typeof cases.channel,
): Promise<Bucket[]> {
  const rows = await deps.db
    .select({ key: column, cases: count(), cost: sql<number>`coalesce(sum(${cases.costTotal}), 0)::bigint` })
    .from(cases)
    .where(where)
    .groupBy(column)
    .orderBy(desc(count()));
  return rows.map((r) => ({ key: r.key, cases: Number(r.cases), cost: Number(r.cost) }));
}

/** Every figure of the dashboard for the last `days` days. */
export async function loadConsoleStats(deps: Deps, actor: Actor, days: number) {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - days * DAY_MS);
  const store = eq(cases.storeId, actor.storeId);
  const inPeriod = and(store, gte(cases.createdAt, since));
  const [open, cost, speed, byCategory, byChannel, byCarrier, bySku, perDay, costPerDay, speedByCategory, byAgent] =
    await Promise.all([
      deps.db
        .select({ n: count() })
        .from(cases)
        .where(and(store, notInArray(cases.status, ['closed', 'resolved']))),
      deps.db
        .select({ n: sql<number>`coalesce(sum(${caseCosts.amount}), 0)::bigint` })
        .from(caseCosts)
        .where(and(eq(caseCosts.storeId, actor.storeId), gte(caseCosts.at, since))),
      deps.db
        .select({
          first: hoursMedian(cases.createdAt, sql`${cases.firstRespondedAt}`),
          resolution: hoursMedian(cases.createdAt, cases.closedAt),
          breaches: sql<number>`count(*) filter (where ${breached(now)})`,
        })
        .from(cases)
        .where(inPeriod),
      bucketsBy(deps, inPeriod, cases.category),
      bucketsBy(deps, inPeriod, cases.channel),
      deps.db
        .select({
          key: sql<string>`coalesce(${shipments.carrier}, '—')`,
          cases: sql<number>`count(distinct ${cases.id})`,
          cost: sql<number>`coalesce(sum(${cases.costTotal}), 0)::bigint`,
        })
        .from(cases)
        .innerJoin(shipments, eq(shipments.orderId, cases.orderId))
        .where(inPeriod)
        .groupBy(shipments.carrier)
        .orderBy(desc(sql`2`))
        .limit(12),
      deps.db
        .select({
          key: orderLines.sku,
          cases: sql<number>`count(distinct ${cases.id})`,
          cost: sql<number>`coalesce(sum(${cases.costTotal}), 0)::bigint`,
        })
        .from(cases)
        .innerJoin(orderLines, eq(orderLines.orderId, cases.orderId))
        .where(inPeriod)
        .groupBy(orderLines.sku)
        .orderBy(desc(sql`2`))
        .limit(12),
      deps.db
        .select({
          day: sql<string>`to_char(date_trunc('day', ${cases.createdAt} at time zone 'UTC'), 'YYYY-MM-DD')`,
          cases: count(),
          breaches: sql<number>`count(*) filter (where ${breached(now)})`,
        })
        .from(cases)
        .where(inPeriod)
        .groupBy(sql`1`)
        .orderBy(sql`1`),
      deps.db
        .select({
          day: sql<string>`to_char(date_trunc('day', ${caseCosts.at} at time zone 'UTC'), 'YYYY-MM-DD')`,
          cost: sql<number>`coalesce(sum(${caseCosts.amount}), 0)::bigint`,
        })
        .from(caseCosts)
        .where(and(eq(caseCosts.storeId, actor.storeId), gte(caseCosts.at, since)))
        .groupBy(sql`1`),
      deps.db
        .select({
          key: cases.category,
          first: hoursMedian(cases.createdAt, sql`${cases.firstRespondedAt}`),
          resolution: hoursMedian(cases.createdAt, cases.closedAt),
        })
        .from(cases)
        .where(inPeriod)
        .groupBy(cases.category),
      deps.db
        .select({
          key: sql<string>`coalesce(${users.name}, '—')`,
          cases: count(),
          cost: sql<number>`coalesce(sum(${cases.costTotal}), 0)::bigint`,
        })
        .from(cases)
        .leftJoin(users, eq(users.id, cases.assigneeId))
        .where(inPeriod)
        .groupBy(users.name)
        .orderBy(desc(count()))
        .limit(12),
    ]);
  const costByDay = new Map(costPerDay.map((d) => [d.day, Number(d.cost)]));
  const byDay = new Map(perDay.map((d) => [d.day, d]));
  const series = Array.from({ length: days }, (_, i) => {
    const day = new Date(since.getTime() + (i + 1) * DAY_MS).toISOString().slice(0, 10);
    const hit = byDay.get(day);
    return { day, cases: Number(hit?.cases ?? 0), breaches: Number(hit?.breaches ?? 0), cost: costByDay.get(day) ?? 0 };
  });
  const num = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
  const norm = (rows: { key: string; cases: unknown; cost: unknown }[]) =>
    rows.map((r) => ({ key: r.key, cases: Number(r.cases), cost: Number(r.cost) }));
  return {
    days,
    open: Number(open[0]?.n ?? 0),
    totalCost: Number(cost[0]?.n ?? 0),
    breaches: Number(speed[0]?.breaches ?? 0),
    firstResponseHoursMedian: num(speed[0]?.first),
    resolutionHoursMedian: num(speed[0]?.resolution),
    byCategory,
    byChannel,
    byCarrier: norm(byCarrier),
    bySku: norm(bySku),
    byAgent: norm(byAgent),
    perDay: series,
    speedByCategory: speedByCategory.map((r) => ({
      key: r.key,
      firstResponseHours: num(r.first),
      resolutionHours: num(r.resolution),
    })),
  };
}
