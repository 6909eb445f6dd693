// S8 on the self-service page: a visitor sees an order only after proving it is theirs — the order
// number plus the email or phone it was placed with (or one its customer is known by). Any mismatch
// gets the same answer as an unknown order, and attempts are limited per order number and per IP.
import { randomBytes } from 'node:crypto';
import { and, count, eq, gt, or, sql } from 'drizzle-orm';
import { channelSessions, formAttempts } from '../../db/schema/channels.ts';
import { customerIdentities, orders } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { normaliseIdentity } from '../../flows/find-or-create-customer.ts';
import { hashToken } from '../../flows/secrets.ts';

const WINDOW_MS = 15 * 60_000;
const MAX_PER_ORDER = 5;
const MAX_PER_IP = 20;
const SESSION_HOURS = 24;

export type VerifyResult = { kind: 'verified'; token: string } | { kind: 'refused' } | { kind: 'rate_limited' };

/** The identity a typed contact stands for: an email address, else a phone number (digits). */
export function contactIdentity(contact: string): string | undefined {
  const trimmed = contact.trim();
  if (trimmed.includes('@'))
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? normaliseIdentity(`email:${trimmed}`) : undefined;
  const phone = normaliseIdentity(`phone:${trimmed}`);
  return phone.replace(/\D/g, '').length >= 6 ? phone : undefined;
}

export type CheckResult =
  | { kind: 'verified'; orderId: string; customerId: string | null; identity: string }
  | { kind: 'refused' }
  | { kind: 'rate_limited' };

/** Checks order number + contact (rate-limited, every attempt recorded); no side effect beyond the attempt. */
export async function checkOrderContact(
  deps: Deps,
  storeId: string,
  input: { orderNumber: string; contact: string; ip: string },
): Promise<CheckResult> {
  const now = deps.clock.now();
  const orderNumber = input.orderNumber.trim().replace(/^#/, '');
  const since = new Date(now.getTime() - WINDOW_MS);
  const failed = and(eq(formAttempts.ok, false), gt(formAttempts.at, since));
  const [byOrder] = await deps.db
    .select({ n: count() })
    .from(formAttempts)
    .where(and(failed, eq(formAttempts.storeId, storeId), eq(formAttempts.orderNumber, orderNumber)));
  const [byIp] = await deps.db
    .select({ n: count() })
    .from(formAttempts)
    .where(and(failed, eq(formAttempts.ip, input.ip)));
  if ((byOrder?.n ?? 0) >= MAX_PER_ORDER || (byIp?.n ?? 0) >= MAX_PER_IP) return { kind: 'rate_limited' };
  const identity = contactIdentity(input.contact);
  const [order] = identity
    ? await deps.db
        .select({ id: orders.id, customerId: orders.customerId })
        .from(orders)
        .where(
          and(
            eq(orders.storeId, storeId),
            eq(orders.number, orderNumber),
            or(
              eq(orders.identity, identity),
              sql`exists (select 1 from ${customerIdentities} ci where ci.customer_id = ${orders.customerId} and ci.identity = ${identity})`,
            ),
          ),
        )
    : [];
  await deps.db.insert(formAttempts).values({ storeId, orderNumber, ip: input.ip, ok: Boolean(order), at: now });
  if (!order || !identity) return { kind: 'refused' };
  return { kind: 'verified', orderId: order.id, customerId: order.customerId, identity };
}

/** Checks order number + contact; on success opens a form session bound to that order. */
export async function verifyOrderContact(
  deps: Deps,
  storeId: string,
  input: { orderNumber: string; contact: string; ip: string },
): Promise<VerifyResult> {
  const check = await checkOrderContact(deps, storeId, input);
  if (check.kind !== 'verified') return check;
  const now = deps.clock.now();
  const token = `as_f_${randomBytes(32).toString('base64url')}`;
  await deps.db.insert(channelSessions).values({
    tokenHash: hashToken(token),
    storeId,
    kind: 'form',
    customerId: check.customerId,
    orderId: check.orderId,
    identity: check.identity,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
  });
  return { kind: 'verified', token };
}
