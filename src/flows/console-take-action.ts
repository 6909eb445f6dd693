// An action from the console: priced and checked by the same planner the confirmation dialog used
// (so the browser cannot send a cheaper cost than the server computes), created through the
// foundation's approval rules, carried out at once when within the agent's limit, and applied
// where the desk itself can do it (flag the customer, change the address, wait for the carrier).
import { and, eq, sql } from 'drizzle-orm';
import { resolvePolicy } from '../core/policy/resolve-policy.ts';
import type { ActionKind, Order } from '../core/types.ts';
import { cases, customers, orderLines, orders, stores } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { AppError, notFound } from './app-error.ts';
import { type ActionParams, planAction } from './console-action-plan.ts';
import { createAction, decideAction } from './manage-actions.ts';

const CARRIER_WAIT: readonly ActionKind[] = ['carrier_trace', 'carrier_claim'];

async function loadContext(deps: Deps, actor: Actor, caseId: string) {
  const [row] = await deps.db
    .select({ c: cases, policy: stores.policy, o: orders })
    .from(cases)
    .innerJoin(stores, eq(stores.id, cases.storeId))
    .leftJoin(orders, eq(orders.id, cases.orderId))
    .where(and(eq(cases.id, caseId), eq(cases.storeId, actor.storeId)));
  if (!row) throw notFound('case');
  const lines = row.o ? await deps.db.select().from(orderLines).where(eq(orderLines.orderId, row.o.id)) : [];
  const order: Order | undefined = row.o
    ? {
        id: row.o.number,
        identity: row.o.identity ?? undefined,
        amountPaid: row.o.amountPaid,
        shippingFee: row.o.shippingFee,
        pointsUsed: row.o.pointsUsed,
        discounts: row.o.discounts,
        lines: lines.map((l) => ({
          sku: l.sku,
          name: l.name ?? undefined,
          qty: l.qty,
          unitPrice: l.unitPrice,
          unitWeightG: l.unitWeightG ?? undefined,
        })),
      }
    : undefined;
  const identity = row.c.assessment?.evidence.identity?.verdict;
  return {
    row,
    order,
    ctx: {
      order,
      policy: resolvePolicy(row.policy),
      senderIsOrderingIdentity: identity === 'ordering_account',
      postage: row.o?.shippingFee ?? 0,
    },
  };
}

/** Plans, creates and (within the limit) carries out one action; returns its id, status and cost. */
export async function takeConsoleAction(
  deps: Deps,
  actor: Actor,
  caseId: string,
  kind: ActionKind,
  params: ActionParams,
) {
  const { row, ctx } = await loadContext(deps, actor, caseId);
  const plan = planAction(kind, params, ctx);
  if (!plan.ok) {
    const field =
      plan.reason === 'amount_out_of_range'
        ? 'params.amount'
        : plan.reason === 'quantity_out_of_range'
          ? 'params.qty'
          : 'kind';
    throw new AppError(plan.reason === 'address_needs_ordering_identity' ? 'forbidden' : 'validation', plan.reason, {
      field,
    });
  }
  const created = await createAction(deps, actor, caseId, {
    kind,
    params: plan.params,
    cost: plan.cost,
    note: plan.params.note,
  });
  if (created.status !== 'approved') return { id: created.actionId, status: created.status, cost: plan.cost };
  const status = await decideAction(deps, actor, created.actionId, 'done');
  await applyEffect(deps, actor, row.c.id, row.c.customerId, row.o?.id ?? null, kind, plan.params);
  return { id: created.actionId, status, cost: plan.cost };
}

/** What the desk can do itself once an action is carried out. */
export async function applyEffect(
  deps: Deps,
  actor: Actor,
  caseId: string,
  customerId: string | null,
  orderId: string | null,
  kind: ActionKind,
  p: ActionParams,
) {
  const now = deps.clock.now();
  if (kind === 'flag_customer' && customerId && p.flag) {
    await deps.db
      .update(customers)
      .set({ flags: sql`array_append(array_remove(${customers.flags}, ${p.flag}), ${p.flag})`, updatedAt: now })
      .where(and(eq(customers.id, customerId), eq(customers.storeId, actor.storeId)));
  }
  if (kind === 'change_address' && orderId && p.address) {
    await deps.db
      .update(orders)
      .set({ shippingAddress: p.address, updatedAt: now })
      .where(and(eq(orders.id, orderId), eq(orders.storeId, actor.storeId)));
  }
  if (CARRIER_WAIT.includes(kind)) {
    await deps.db
      .update(cases)
      .set({ status: 'waiting_carrier', updatedAt: now })
      .where(and(eq(cases.id, caseId), eq(cases.storeId, actor.storeId)));
  }
}

/** Reads stored action parameters back into their typed shape, dropping anything unexpected. */
export function readParams(raw: Record<string, unknown>): ActionParams {
  const str = (k: string) => (typeof raw[k] === 'string' ? String(raw[k]) : undefined);
  const int = (k: string) => (typeof raw[k] === 'number' && Number.isInteger(raw[k]) ? Number(raw[k]) : undefined);
  return {
    sku: str('sku'),
    qty: int('qty'),
    carrier: str('carrier'),
    returnLabel: raw.returnLabel === true,
    amount: int('amount'),
    address: str('address'),
    flag: str('flag'),
    note: str('note'),
    trackingNo: str('trackingNo'),
    declaredValue: int('declaredValue'),
    deliveryConfirmation: str('deliveryConfirmation'),
    photos: int('photos'),
    recipient: str('recipient'),
  };
}
