// Turns the case as the API returns it into the inputs of the shared action planner.
import { resolvePolicy } from '../../../../src/core/policy/resolve-policy.ts';
import type { Order as CoreOrder } from '../../../../src/core/types.ts';
import type { ActionContext } from '../../../../src/flows/console-action-plan.ts';
import type { CaseDetail, Order, Store } from '../../api/types.ts';

/** The order in the case-file shape the core's money functions take. */
export function toCoreOrder(o: Order | null): CoreOrder | undefined {
  if (!o) return undefined;
  return {
    id: o.number,
    identity: o.identity ?? undefined,
    lines: o.lines.map((l) => ({
      sku: l.sku,
      name: l.name ?? undefined,
      qty: l.qty,
      unitPrice: l.unitPrice,
      unitWeightG: l.unitWeightG ?? undefined,
    })),
    discounts: o.discounts,
    pointsUsed: o.pointsUsed,
    shippingFee: o.shippingFee,
    amountPaid: o.amountPaid,
  };
}

/** Whether the person who wrote is the one who placed the order (S8). */
export function isOrderingIdentity(c: CaseDetail): boolean {
  return c.assessment?.evidence.identity?.verdict === 'ordering_account';
}

/** Everything the planner needs to price an action on this case. */
export function actionContext(c: CaseDetail, store: Store): ActionContext {
  return {
    order: toCoreOrder(c.order),
    policy: resolvePolicy(store.policy),
    senderIsOrderingIdentity: isOrderingIdentity(c),
    postage: c.order?.shippingFee ?? 0,
  };
}
