// Fills a template's placeholders with what the case knows; unknown placeholders stay for the agent.
import type { CaseDetail } from '../../api/types.ts';

/** {name} {order} {carrier} {tracking} → values from the case. */
export function fillTemplate(body: string, c: CaseDetail): string {
  const s = c.shipments[0];
  const values: Record<string, string | undefined> = {
    name: c.customer?.name ?? undefined,
    order: c.order?.number,
    orderNo: c.order?.number,
    carrier: s?.carrier ?? undefined,
    tracking: s?.trackingNo ?? undefined,
    trackingNo: s?.trackingNo ?? undefined,
  };
  return body.replace(/\{\{?\s*(\w+)\s*\}?\}/g, (whole, key: string) => values[key] ?? whole);
}
