// Everything intake must know before it writes, in one round trip: a repeat of the message, the
// store's policy, the sender's customer, the order the message names and the open cases it could join.
// (Plain-SQL subqueries name the outer table as `stores`: Drizzle renders a column unqualified there.)
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';
import { type CaseStatus, stores } from '../db/schema/index.ts';

type OpenCase = { id: string; status: CaseStatus; orderId: string | null };
type Existing = { id: string; caseId: string; customerId: string | null; orderId: string | null };

export type IntakeLookup = {
  policy: typeof stores.$inferSelect.policy;
  existing: Existing | null;
  customerId: string | null;
  /** The order the refs name, null when none of them is one of the store's orders. */
  referencedOrderId: string | null;
  /** The customer's latest open case on the referenced order (on no order when none matched). */
  openForReference: OpenCase | null;
  latestOpen: OpenCase | null;
  latestOrderId: string | null;
};

const OPEN = sql.raw(`('new', 'open', 'waiting_customer', 'waiting_carrier')`);
const OPEN_CASE_JSON = sql.raw(`json_build_object('id', c.id, 'status', c.status, 'orderId', c.order_id)`);

/** Looks up, for one inbound message, what routing needs; null when the store does not exist. */
export async function lookUpIntake(
  db: Db,
  storeId: string,
  identity: string,
  refs: string[],
  externalId: string | undefined,
): Promise<IntakeLookup | null> {
  const customer = sql`(SELECT ci.customer_id FROM customer_identities ci WHERE ci.store_id = stores.id AND ci.identity = ${identity})`;
  const referenced: SQL = refs.length
    ? sql`(SELECT o.id FROM orders o WHERE o.store_id = stores.id AND o.number IN (${sql.join(
        refs.map((r) => sql`${r}`),
        sql`, `,
      )}) LIMIT 1)`
    : sql`NULL::uuid`;
  const openCases = sql`FROM cases c WHERE c.store_id = stores.id AND c.customer_id = ${customer} AND c.status IN ${OPEN}`;
  const existing = externalId
    ? sql`(SELECT json_build_object('id', m.id, 'caseId', m.case_id, 'customerId', c.customer_id, 'orderId', c.order_id)
        FROM messages m JOIN cases c ON c.id = m.case_id WHERE m.store_id = stores.id AND m.external_id = ${externalId})`
    : sql`NULL::json`;
  const [row] = await db
    .select({
      policy: stores.policy,
      existing: sql<Existing | null>`${existing}`,
      customerId: sql<string | null>`${customer}`,
      referencedOrderId: sql<string | null>`${referenced}`,
      openForReference: refs.length
        ? sql<OpenCase | null>`(SELECT ${OPEN_CASE_JSON} ${openCases} AND c.order_id IS NOT DISTINCT FROM ${referenced}
            ORDER BY c.updated_at DESC LIMIT 1)`
        : sql<OpenCase | null>`NULL::json`,
      latestOpen: sql<OpenCase | null>`(SELECT ${OPEN_CASE_JSON} ${openCases} ORDER BY c.updated_at DESC LIMIT 1)`,
      latestOrderId: sql<
        string | null
      >`(SELECT o.id FROM orders o WHERE o.store_id = stores.id AND o.customer_id = ${customer} ORDER BY o.placed_at DESC LIMIT 1)`,
    })
    .from(stores)
    .where(eq(stores.id, storeId));
  return row ?? null;
}
