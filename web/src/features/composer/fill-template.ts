// Templates for the composer: the store's own plus the built-in phrase library (话术) for the case's
// category in its language, each filled with what the case knows. A fact the desk does not know
// stays visible as ⟨name⟩ for the agent to complete.
import { DEFAULT_TEMPLATES } from '../../../../src/core/phrases/default-templates.ts';
import type { PhraseFacts } from '../../../../src/core/phrases/phrase-template.ts';
import { renderTemplate } from '../../../../src/core/phrases/render-template.ts';
import type { CaseDetail, Template } from '../../api/types.ts';

export type ComposerTemplate = { id: string; label: string; stage: string | null; text: string };

/** The facts a template may name, from the case; masked names are left for the agent. */
export function caseFacts(c: CaseDetail, money: (n: number) => string): PhraseFacts {
  const s = c.shipments[0];
  const name = c.customer?.name && !c.customer.name.includes('*') ? c.customer.name.split(' ')[0] : undefined;
  const line = c.claim?.lines?.[0];
  const item = c.order?.lines.find((l) => l.sku === line?.sku) ?? c.order?.lines[0];
  return {
    name,
    orderId: c.order?.number,
    carrier: s?.carrier ?? undefined,
    trackingNo: s?.trackingNo ?? undefined,
    item: item ? `${line?.qty ?? item.qty} × ${item.name ?? item.sku}` : undefined,
    amount: c.assessment?.recommendation.refund ? money(c.assessment.recommendation.refund.amount) : undefined,
  };
}

/** Store templates in the case's language first, then the library's six stages for its category. */
export function composerTemplates(c: CaseDetail, own: Template[], facts: PhraseFacts): ComposerTemplate[] {
  const mine = own
    .filter((t) => t.language === c.language && (!t.category || t.category === c.category))
    .map((t) => ({ id: `store:${t.id}`, label: t.name, stage: t.stage, text: renderTemplate(t.body, facts) }));
  const library = DEFAULT_TEMPLATES.filter((t) => t.language === c.language && t.category === c.category).map((t) => ({
    id: `lib:${t.id}`,
    label: t.stage,
    stage: t.stage,
    text: renderTemplate(t, facts),
  }));
  return [...mine, ...library];
}
