// S18: one customer per identity per store, whatever the channel. A new identity makes a new customer.
import { and, eq, isNull } from 'drizzle-orm';
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
  await db
    .insert(customers)
    .values({
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
