import { type CaseContext, daysBetween } from '../assess/case-context.ts';
import { findTransitNorm } from '../estimate/transit-norms.ts';
import type { Fact } from '../types.ts';

/**
 * Where the parcel stands by its last scan: delivered, returned, exception, in transit — or stalled when
 * nothing has been scanned for the policy's days; presumed lost past the policy multiple of the norm.
 */
export function readTrackingStatus(ctx: CaseContext): Fact {
  const shipment = ctx.shipment;
  if (!shipment) return { verdict: 'no_tracking' };
  const last = ctx.events.at(-1);
  const lastScanMs = last ? Date.parse(last.at) : ctx.shippedAtMs;
  const base = { carrier: shipment.carrier ?? null, trackingNo: shipment.trackingNo ?? null, lastEvent: last ?? null };
  if (last?.status === 'delivered' || last?.status === 'returned' || last?.status === 'exception') {
    return { verdict: last.status, ...base };
  }
  if (lastScanMs === undefined) return { verdict: 'no_tracking', ...base };
  const daysSinceScan = Math.max(0, Math.floor(daysBetween(lastScanMs, ctx.nowMs)));
  const norm = findTransitNorm(shipment.carrier, shipment.service);
  const daysInTransit =
    ctx.shippedAtMs === undefined ? null : Math.max(0, Math.floor(daysBetween(ctx.shippedAtMs, ctx.nowMs)));
  const presumedLost = daysInTransit !== null && daysInTransit > ctx.policy.lostAfterTransitMultiple * norm.p90Days;
  const stalled = daysSinceScan >= ctx.policy.stalledAfterDays;
  return {
    verdict: stalled ? 'stalled' : 'in_transit',
    ...base,
    daysSinceScan,
    stalledAfterDays: ctx.policy.stalledAfterDays,
    daysInTransit,
    presumedLost,
  };
}
