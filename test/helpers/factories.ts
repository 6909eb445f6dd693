// buildX(overrides) factories: each test makes exactly the rows it needs.
import type { PolicyInput } from '../../src/core/types.ts';
import { orderLines, orders, type Role, shipments, stores, trackingEvents, users } from '../../src/db/schema/index.ts';
import type { Deps } from '../../src/deps.ts';
import { type IntakeInput, intakeInTransaction } from '../../src/flows/intake-message.ts';
import { hashPassword } from '../../src/flows/secrets.ts';

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A store (USD, English unless overridden). */
export async function buildStore(
  deps: Deps,
  overrides: { name?: string; currency?: string; language?: string; policy?: PolicyInput } = {},
) {
  const store = { id: deps.ids(), name: `Store ${next()}`, currency: 'USD', language: 'en', policy: {}, ...overrides };
  await deps.db.insert(stores).values(store);
  return store;
}

/** A user of the store with a known password. */
export async function buildUser(
  deps: Deps,
  storeId: string,
  overrides: { role?: Role; email?: string; password?: string; name?: string } = {},
) {
  const password = overrides.password ?? `pw-${next()}`;
  const user = {
    id: deps.ids(),
    storeId,
    email: overrides.email ?? `user-${next()}@example.test`,
    name: overrides.name ?? 'Test User',
    role: overrides.role ?? 'agent',
  };
  await deps.db.insert(users).values({ ...user, passwordHash: await hashPassword(password) });
  return { ...user, password };
}

/** An order (one line) with a delivered shipment, owned by the identity. */
export async function buildOrder(
  deps: Deps,
  storeId: string,
  overrides: { number?: string; identity?: string; amountPaid?: number; shippingAddress?: string } = {},
) {
  const id = deps.ids();
  const number = overrides.number ?? `${Math.floor(Math.random() * 9e6) + 1e6}`;
  await deps.db.insert(orders).values({
    id,
    storeId,
    number,
    identity: overrides.identity ?? null,
    placedAt: new Date('2026-06-01T10:00:00Z'),
    paymentMethod: 'card',
    paymentStatus: 'cleared',
    amountPaid: overrides.amountPaid ?? 4500,
    shippingFee: 500,
    shippingAddress: overrides.shippingAddress ?? '12 Elm St, Austin, TX',
    status: 'delivered',
  });
  await deps.db.insert(orderLines).values({
    id: deps.ids(),
    storeId,
    orderId: id,
    position: 0,
    sku: 'NAP-DZ',
    name: 'Napkins',
    qty: 2,
    unitPrice: 2000,
    unitWeightG: 500,
  });
  const shipmentId = deps.ids();
  await deps.db.insert(shipments).values({
    id: shipmentId,
    storeId,
    orderId: id,
    carrier: 'UPS',
    trackingNo: `1Z${number}`,
    shippedAt: new Date('2026-06-02T10:00:00Z'),
    weightG: 1200,
    packagingWeightG: 200,
  });
  await deps.db.insert(trackingEvents).values({
    id: deps.ids(),
    storeId,
    shipmentId,
    at: new Date('2026-06-04T10:00:00Z'),
    status: 'delivered',
    location: 'Austin, TX',
  });
  return { id, number, shipmentId };
}

/** A case opened through intake, as a customer's message would open it. */
export async function buildCase(deps: Deps, storeId: string, overrides: Partial<IntakeInput> = {}) {
  return intakeInTransaction(deps, storeId, null, {
    channel: 'email',
    from: `email:customer-${next()}@example.test`,
    text: 'Hello, where is my parcel?',
    ...overrides,
  });
}
