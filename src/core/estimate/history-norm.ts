import type { TransitRecord } from '../types.ts';
import { normalizeCarrierKey, type TransitNorm } from './transit-norms.ts';

const MIN_SAMPLES = 5;

/** The value at a percentile of sorted numbers (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

/**
 * The store's own delivered shipments as a norm (10th, 50th, 90th percentile of days) for a carrier,
 * by service when it has enough samples; none when there are fewer than five.
 */
export function normFromHistory(
  history: readonly TransitRecord[] | undefined,
  carrier: string | undefined,
  service: string | undefined,
): (TransitNorm & { samples: number }) | null {
  if (!history?.length || !carrier) return null;
  const key = normalizeCarrierKey(carrier);
  const ofCarrier = history.filter(
    (r) => normalizeCarrierKey(r.carrier) === key && Number.isFinite(r.days) && r.days >= 0,
  );
  const ofService = service
    ? ofCarrier.filter((r) => normalizeCarrierKey(r.service) === normalizeCarrierKey(service))
    : [];
  const pick = ofService.length >= MIN_SAMPLES ? ofService : ofCarrier;
  if (pick.length < MIN_SAMPLES) return null;
  const days = pick.map((r) => r.days).sort((a, b) => a - b);
  return {
    minDays: Math.max(0, Math.floor(percentile(days, 10))),
    typicalDays: Math.ceil(percentile(days, 50)),
    p90Days: Math.ceil(percentile(days, 90)),
    samples: pick.length,
  };
}
