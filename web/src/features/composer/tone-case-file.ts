// What the live tone guard needs to know about the case to catch a privacy disclosure (S8) while
// the agent types. The console only holds masked identities, so the sender-vs-orderer question is
// answered by the engine's identity verdict, and stand-ins that never occur in text play the two
// identities. The server re-checks every reply with the full case file before it is sent.
import type { CaseFile } from '../../../../src/core/types.ts';
import type { CaseDetail } from '../../api/types.ts';

const ORDERER = '\u0001orderer';
const REQUESTER = '\u0001requester';

/** A case file with the order data a reply must not reveal, or undefined when the sender placed the order. */
export function toneCaseFile(c: CaseDetail): CaseFile | undefined {
  if (c.assessment?.evidence.identity?.verdict !== 'other_account' || !c.order) return undefined;
  return {
    now: new Date().toISOString(),
    store: { currency: c.currency, language: c.language },
    order: {
      id: c.order.number,
      identity: ORDERER,
      amountPaid: c.order.amountPaid,
      shippingFee: c.order.shippingFee,
      lines: c.order.lines.map((l) => ({ sku: l.sku, name: l.name ?? undefined, qty: l.qty, unitPrice: l.unitPrice })),
    },
    shipments: c.shipments.map((s) => ({ trackingNo: s.trackingNo ?? undefined })),
    messages: c.messages.map((m) => ({
      from: m.direction === 'in' ? REQUESTER : undefined,
      direction: m.direction,
      text: m.body,
    })),
  };
}
