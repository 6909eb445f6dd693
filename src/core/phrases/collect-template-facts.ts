import { formatMoney } from '../money/format-money.ts';
import type { CaseFile, LanguageTag } from '../types.ts';
import type { PhraseFacts } from './phrase-template.ts';

/**
 * The facts a template can name, read from the case (S15): the customer's name, the order number, the
 * latest shipment's carrier and tracking number, the amount paid (formatted for the reply language) and
 * the items concerned (the claim's lines, else the order's). The estimate is not in the case file: the
 * caller passes an honest range from src/core/estimate. Facts the case lacks are left out, so
 * renderTemplate shows them as ⟨name⟩ for the agent to fill.
 */
export function collectTemplateFacts(caseFile: CaseFile, language: LanguageTag, extra: PhraseFacts = {}): PhraseFacts {
  const order = caseFile.order;
  const shipment = (caseFile.shipments ?? []).filter((s) => s.carrier || s.trackingNo).at(-1);
  const facts: PhraseFacts = {};
  if (caseFile.customer?.name) facts.name = caseFile.customer.name;
  if (order?.id) facts.orderId = order.id;
  if (shipment?.carrier) facts.carrier = shipment.carrier;
  if (shipment?.trackingNo) facts.trackingNo = shipment.trackingNo;
  if (order?.amountPaid !== undefined) facts.amount = formatMoney(order.amountPaid, caseFile.store.currency, language);
  const item = describeItems(caseFile, language);
  if (item) facts.item = item;
  return { ...facts, ...extra };
}

function describeItems(caseFile: CaseFile, language: LanguageTag): string | undefined {
  const lines = caseFile.order?.lines ?? [];
  const claimed = new Set((caseFile.claim?.lines ?? []).map((l) => l.sku));
  const chosen = claimed.size ? lines.filter((l) => claimed.has(l.sku)) : lines;
  const names = chosen.map((l) => l.name).filter((n): n is string => Boolean(n));
  if (!names.length) return undefined;
  const separator = language.startsWith('zh') ? '、' : ', ';
  return names.join(separator);
}
