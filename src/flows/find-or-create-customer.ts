// S18: one customer per identity per store, whatever the channel. A new identity makes a new customer.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';
import { customerIdentities, customers, orders } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';

/** The customer who owns this identity in this store, created (with the identity) when unknown. */
export async function findOrCreateCustomer(
  db: Db,
  deps: Pick<Deps, 'ids' | 'clock'>,
  storeId: string,
  identity: string,
  details: { name?: string; language?: string } = {},
): Promise<{ customerId: string; isNew: boolean }> {
  const [found] = await db
    .select({ customerId: customerIdentities.customerId })
    .from(customerIdentities)
    .where(and(eq(customerIdentities.storeId, storeId), eq(customerIdentities.identity, identity)));
  if (found) return { customerId: found.customerId, isNew: false };
  const customerId = deps.ids();
  const now = deps.clock.now();
  await db.insert(customers).values({
    id: customerId,
    storeId,
    name: details.name ?? null,
    language: details.language ?? null,
    createdAt: now,
    updatedAt: now,
  });
  await db.insert(customerIdentities).values({ id: deps.ids(), storeId, customerId, identity, createdAt: now });
  // Orders imported before the customer first wrote belong to them from now on.
  await db
    .update(orders)
    .set({ customerId })
    .where(and(eq(orders.storeId, storeId), eq(orders.identity, identity), isNull(orders.customerId)));
  return { customerId, isNew: true };
}

/**
 * Makes a new customer owning this identity and claims their earlier orders, in one statement (intake's
 * path, where round trips count); answers with the latest of those orders, the one a new case is about.
 */
export async function createCustomer(
  db: Db,
  deps: Pick<Deps, 'ids' | 'clock'>,
  storeId: string,
  identity: string,
  details: { name?: string; language?: string } = {},
): Promise<{ customerId: string; latestOrderId: string | null }> {
  const customerId = deps.ids();
  const now = deps.clock.now();
  const insertCustomer = db.insert(customers).values({
    id: customerId,
    storeId,
    name: details.name ?? null,
    language: details.language ?? null,
    createdAt: now,
    updatedAt: now,
  });
  const insertIdentity = db
    .insert(customerIdentities)
    .values({ id: deps.ids(), storeId, customerId, identity, createdAt: now });
  const claimOrders = db
    .update(orders)
    .set({ customerId })
    .where(and(eq(orders.storeId, storeId), eq(orders.identity, identity), isNull(orders.customerId)))
    .returning({ id: orders.id, placedAt: orders.placedAt });
  const result: unknown = await db.execute(
    sql`WITH c AS (${insertCustomer.getSQL()}), i AS (${insertIdentity.getSQL()}), u AS (${claimOrders.getSQL()})
      SELECT id FROM u ORDER BY placed_at DESC LIMIT 1`,
  );
  return { customerId, latestOrderId: firstId(result) };
}

// Both drivers answer db.execute with `{ rows }`; Drizzle types it loosely, so it is checked here.
function firstId(result: unknown): string | null {
  const rows =
    typeof result === 'object' && result && 'rows' in result && Array.isArray(result.rows) ? result.rows : [];
  const first: unknown = rows[0];
  return typeof first === 'object' && first && 'id' in first && typeof first.id === 'string' ? first.id : null;
}

/** Normalises an identity so the same address always matches: `email:` lower-cased, `phone:` digits and +. */
export function normaliseIdentity(identity: string): string {
  const trimmed = identity.trim();
  const colon = trimmed.indexOf(':');
  if (colon < 0) return trimmed.includes('@') ? `email:${trimmed.toLowerCase()}` : trimmed;
  const scheme = trimmed.slice(0, colon).toLowerCase();
  const rest = trimmed.slice(colon + 1).trim();
  if (scheme === 'email') return `email:${rest.toLowerCase()}`;
  if (scheme === 'phone') return `phone:${rest.replace(/[^\d+]/g, '')}`;
  return `${scheme}:${rest}`;
}
