import { type CaseContext, parseTime } from '../assess/case-context.ts';
import { estimateArrival, toDay } from '../estimate/estimate-arrival.ts';
import { expeditedNorm } from '../estimate/transit-norms.ts';
import type { Fact } from '../types.ts';

const DAY = 86_400_000;

/** The end of the customer's need-by day (a bare date means the whole day). */
function needByEnd(needBy: string): number | undefined {
  const ms = parseTime(needBy);
  if (ms === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(needBy.trim()) ? ms + DAY - 1 : ms;
}

/**
 * S2: will the parcel make the customer's date? The current parcel's honest estimate (none when it is
 * stalled or lost) against need-by; at risk when only a reship sent today can still make it.
 */
export function checkDeadline(ctx: CaseContext, trackingVerdict: string | undefined): Fact {
  const needBy = ctx.file.order?.needBy;
  const endMs = needBy ? needByEnd(needBy) : undefined;
  if (!needBy || endMs === undefined) return { verdict: 'none' };
  if (ctx.deliveredAtMs !== undefined) return { verdict: 'ok', needBy, deliveredAt: toDay(ctx.deliveredAtMs) };
  // A date already gone cannot be saved by any reship: no deadline to plan for any more.
  if (endMs < ctx.nowMs) return { verdict: 'none', needBy, passed: true };
  const reship = estimateArrival({ nowMs: ctx.nowMs, shippedAtMs: ctx.nowMs, override: expeditedNorm() });
  const reshipCanMakeIt = reship.latestMs <= endMs;
  const lostTrack = trackingVerdict === 'stalled' || trackingVerdict === 'exception' || trackingVerdict === 'returned';
  if (lostTrack) {
    return {
      verdict: 'at_risk',
      needBy,
      currentEstimate: null,
      tracking: trackingVerdict,
      reshipEstimate: [reship.earliest, reship.latest],
      reshipCanMakeIt,
    };
  }
  const current = estimateArrival({
    carrier: ctx.shipment?.carrier,
    service: ctx.shipment?.service,
    shippedAtMs: ctx.shippedAtMs,
    nowMs: ctx.nowMs,
    history: ctx.file.store?.transitHistory,
  });
  const onTime = current.latestMs <= endMs && !current.overdue;
  return {
    verdict: onTime ? 'ok' : 'at_risk',
    needBy,
    currentEstimate: [current.earliest, current.latest],
    estimateSource: current.source,
    reshipEstimate: [reship.earliest, reship.latest],
    reshipCanMakeIt,
  };
}
