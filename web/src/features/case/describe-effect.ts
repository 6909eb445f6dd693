// The effect of an action in one sentence of the interface language.
import type { ActionKind } from '../../../../src/core/types.ts';
import type { ActionParams } from '../../../../src/flows/console-action-plan.ts';
import { fill } from '../../i18n/i18n.tsx';

const WITH_SENTENCE: readonly ActionKind[] = [
  'reship',
  'reship_with_return_label',
  'refund_full',
  'refund_partial',
  'compensation',
  'exchange',
  'return_refund',
  'carrier_trace',
  'carrier_claim',
  'cancel_order',
  'hold_until_cleared',
  'change_address',
  'flag_customer',
];

/** What will happen, with the amounts and quantities filled in. */
export function describeEffect(
  kind: ActionKind,
  p: ActionParams,
  tx: (k: string, f?: string) => string,
  money: (n: number) => string,
): string {
  const vars: Record<string, string | number> = {
    qty: p.qty ?? 1,
    sku: p.sku ?? '',
    carrier: p.carrier ?? '—',
    amount: money(kind === 'carrier_claim' ? (p.declaredValue ?? 0) : (p.amount ?? 0)),
    tracking: p.trackingNo ?? '—',
    flag: p.flag ?? '',
    action: tx(`action.${kind}`, kind),
  };
  const key = WITH_SENTENCE.includes(kind) ? `action.effect.${kind}` : 'action.effect.other';
  return fill(tx(key), vars);
}
