import type { CaseContext } from '../assess/case-context.ts';
import type { Fact } from '../types.ts';

/** Monogram letters compared as written: case, spaces and dots do not matter, order does. */
export const normalizeSpec = (s: string): string =>
  s
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s.·,_-]+/g, '');

/**
 * S5: whose error? What the customer entered vs what the shop produced vs what they now say they wanted:
 * produced ≠ entered is the shop's error; produced = entered ≠ wanted is the customer's input error.
 */
export function checkPersonalization(ctx: CaseContext): Fact {
  const line = (ctx.file.order?.lines ?? []).find((l) => l.personalization?.entered !== undefined);
  const spec = line?.personalization;
  if (!line || !spec || spec.entered === undefined) return { verdict: 'no_data' };
  const entered = normalizeSpec(spec.entered);
  const produced = spec.produced === undefined ? undefined : normalizeSpec(spec.produced);
  const wantedRaw = ctx.file.claim?.wanted;
  const wanted = wantedRaw === undefined ? undefined : normalizeSpec(wantedRaw);
  const inputs = {
    sku: line.sku,
    kind: spec.kind ?? null,
    entered: spec.entered,
    produced: spec.produced ?? null,
    wanted: wantedRaw ?? null,
  };
  if (produced !== undefined && produced !== entered) return { verdict: 'shop_error', ...inputs };
  if (wanted !== undefined && wanted !== entered) return { verdict: 'customer_input_error', ...inputs };
  if (produced === undefined) return { verdict: 'no_data', ...inputs };
  return { verdict: 'matches', ...inputs };
}
