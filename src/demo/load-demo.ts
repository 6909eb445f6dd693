// Loads the demo stores, users and every situation as a live case. Situation times are shifted so
// each case happened as long ago, relative to today, as it did relative to its own `now`.
import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';
import {
  cases,
  customerIdentities,
  customers,
  messages,
  orderLines,
  orders,
  type Role,
  shipments,
  stores,
  trackingEvents,
  users,
} from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { findOrCreateCustomer } from '../flows/find-or-create-customer.ts';
import { intakeMessage } from '../flows/intake-message.ts';
import { refreshAssessment } from '../flows/refresh-assessment.ts';
import { hashPassword } from '../flows/secrets.ts';
import type { DemoSituation, DemoStore } from './demo-types.ts';
import { freshStore } from './store-fresh.ts';
import { linenStore } from './store-linen.ts';
import { taigaStore } from './store-taiga.ts';

export const DEMO_STORES: DemoStore[] = [linenStore, freshStore, taigaStore];
const ROLES: Role[] = ['owner', 'supervisor', 'agent'];

export type DemoUser = { store: string; email: string; role: Role; password: string };

/** Loads the demo only into an empty database (no stores yet); returns null otherwise. */
export async function loadDemoIfEmpty(deps: Deps, password?: string): Promise<{ users: DemoUser[] } | null> {
  const [row] = await deps.db.select({ n: count() }).from(stores);
  if ((row?.n ?? 0) > 0) return null;
  return loadDemo(deps, password);
}

/** Loads every demo store with its users (passwords: the given one, DEMO_PASSWORD, or random) and cases. */
export async function loadDemo(deps: Deps, password = process.env.DEMO_PASSWORD): Promise<{ users: DemoUser[] }> {
  const demoUsers: DemoUser[] = [];
  for (const demo of DEMO_STORES) {
    const storeId = deps.ids();
    await deps.db.insert(stores).values({
      id: storeId,
      name: demo.name,
      currency: demo.currency,
      language: demo.language,
      policy: demo.policy ?? {},
    });
    for (const role of ROLES) {
      const user = {
        store: demo.name,
        email: `${role}@${demo.slug}.demo`,
        role,
        password: password || randomBytes(9).toString('base64url'),
      };
      await deps.db.insert(users).values({
        id: deps.ids(),
        storeId,
        email: user.email,
        name: `${role[0]?.toUpperCase()}${role.slice(1)} (${demo.slug})`,
        role,
        passwordHash: await hashPassword(user.password),
      });
      demoUsers.push(user);
    }
    for (const situation of demo.situations)
      await deps.db.transaction((tx) => loadSituation(tx, deps, storeId, situation));
  }
  return { users: demoUsers };
}

async function loadSituation(tx: Db, deps: Deps, storeId: string, s: DemoSituation): Promise<void> {
  const offset = deps.clock.now().getTime() - Date.parse(s.now);
  const shift = (iso: string | undefined) => (iso ? new Date(Date.parse(iso) + offset) : null);
  const daysAgo = (days: number) => new Date(deps.clock.now().getTime() - days * 86_400_000);
  const [first = '', ...more] = s.customer.identities;
  const { customerId } = await findOrCreateCustomer(tx, deps, storeId, first, { name: s.customer.name });
  await tx
    .update(customers)
    .set({ flags: s.customer.flags ?? [] })
    .where(eq(customers.id, customerId));
  for (const identity of more)
    await tx.insert(customerIdentities).values({ id: deps.ids(), storeId, customerId, identity });
  for (const [i, past] of (s.pastOrders ?? []).entries()) {
    await tx.insert(orders).values({
      id: deps.ids(),
      storeId,
      customerId,
      number: `${s.key}-past-${i + 1}`,
      identity: first,
      placedAt: daysAgo(past.daysBefore),
      amountPaid: past.amountPaid,
      status: 'delivered',
    });
  }
  for (const claim of s.pastClaims ?? []) {
    const caseId = deps.ids();
    const at = daysAgo(claim.daysBefore);
    await tx.insert(cases).values({
      id: caseId,
      storeId,
      customerId,
      channel: 'email',
      category: claim.category,
      status: 'closed',
      subject: claim.text,
      rootCause: 'unverified delivery claim',
      resolution: 'carrier trace',
      createdAt: at,
      updatedAt: at,
      closedAt: at,
    });
    await tx.insert(messages).values({
      id: deps.ids(),
      storeId,
      caseId,
      direction: 'in',
      channel: 'email',
      sender: first,
      body: claim.text,
      createdAt: at,
    });
  }
  if (s.order) await insertOrder(tx, deps, storeId, s, customerId, shift);
  let caseId = '';
  for (const [i, message] of s.messages.entries()) {
    const result = await intakeMessage(tx, deps, storeId, null, {
      externalId: `demo-${s.key}-${i}`,
      channel: message.channel ?? 'email',
      from: message.from ?? first,
      name: s.customer.name,
      text: message.text,
      orderRef: s.order?.id,
      at: shift(message.at)?.toISOString(),
      attachments: message.attachments?.map((a) => ({ kind: a.kind, name: a.name })),
    });
    caseId = result.caseId;
  }
  if (s.claim && caseId) {
    await tx.update(cases).set({ claim: s.claim }).where(eq(cases.id, caseId));
    await refreshAssessment(tx, storeId, caseId, deps.clock.now());
  }
}

async function insertOrder(
  tx: Db,
  deps: Deps,
  storeId: string,
  s: DemoSituation,
  customerId: string,
  shift: (iso?: string) => Date | null,
): Promise<void> {
  const o = s.order;
  if (!o) return;
  const owner =
    o.identity && !s.customer.identities.includes(o.identity)
      ? (await findOrCreateCustomer(tx, deps, storeId, o.identity)).customerId
      : customerId;
  const orderId = deps.ids();
  await tx.insert(orders).values({
    id: orderId,
    storeId,
    customerId: owner,
    number: o.id,
    identity: o.identity ?? null,
    placedAt: shift(o.placedAt),
    needBy: shift(o.needBy),
    paymentMethod: o.payment?.method ?? null,
    paymentStatus: o.payment?.status ?? null,
    paymentClearedAt: shift(o.payment?.clearedAt),
    discounts: o.discounts ?? [],
    pointsUsed: o.pointsUsed ?? 0,
    shippingFee: o.shippingFee ?? 0,
    amountPaid: o.amountPaid ?? 0,
    shippingAddress: o.shippingAddress ?? null,
    status: o.status ?? 'placed',
  });
  for (const [position, line] of (o.lines ?? []).entries()) {
    await tx.insert(orderLines).values({
      id: deps.ids(),
      storeId,
      orderId,
      position,
      sku: line.sku,
      name: line.name ?? null,
      qty: line.qty,
      unitPrice: line.unitPrice,
      unitWeightG: line.unitWeightG ?? null,
      perishable: line.perishable ?? false,
      personalization: line.personalization ?? null,
    });
  }
  for (const ship of s.shipments ?? []) {
    const shipmentId = deps.ids();
    await tx.insert(shipments).values({
      id: shipmentId,
      storeId,
      orderId,
      carrier: ship.carrier ?? null,
      service: ship.service ?? null,
      trackingNo: ship.trackingNo ?? null,
      shippedAt: shift(ship.shippedAt),
      weightG: ship.weightG ?? null,
      packagingWeightG: ship.packagingWeightG ?? null,
      signature: ship.signature ?? false,
    });
    for (const event of ship.events ?? []) {
      await tx.insert(trackingEvents).values({
        id: deps.ids(),
        storeId,
        shipmentId,
        at: shift(event.at) ?? deps.clock.now(),
        status: event.status,
        location: event.location ?? null,
      });
    }
  }
}
