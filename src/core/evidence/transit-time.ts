import { type CaseContext, daysBetween, hasPerishables } from '../assess/case-context.ts';
import { normFromHistory } from '../estimate/history-norm.ts';
import { findTransitNorm } from '../estimate/transit-norms.ts';
import type { Fact } from '../types.ts';

/** The transit norm that applies: perishables by policy (2–4 days), else the store's history or the carrier table. */
export function applicableNorm(ctx: CaseContext): { minDays: number; maxDays: number; source: string } {
  if (hasPerishables(ctx)) {
    const { perishableTransitMinDays: minDays, perishableTransitMaxDays: maxDays } = ctx.policy;
    // S6: "hot weather counts differently" — in the heat a perishable parcel has a day less.
    if (ctx.file.claim?.hotWeather === true) {
      return { minDays, maxDays: Math.max(minDays, maxDays - 1), source: 'perishable_policy_hot_weather' };
    }
    return { minDays, maxDays, source: 'perishable_policy' };
  }
  const carrier = ctx.shipment?.carrier;
  const service = ctx.shipment?.service;
  const history = normFromHistory(ctx.file.store?.transitHistory, carrier, service);
  if (history) return { minDays: history.minDays, maxDays: history.p90Days, source: 'store_history' };
  const norm = findTransitNorm(carrier, service);
  return { minDays: norm.minDays, maxDays: norm.p90Days, source: norm.known ? 'carrier_norm' : 'default_norm' };
}

/** S6: shipped → delivered (or → now while still travelling) against the norm; over it, the carrier answers for it. */
export function checkTransitTime(ctx: CaseContext): Fact {
  if (ctx.shippedAtMs === undefined) return { verdict: 'no_data' };
  const end = ctx.deliveredAtMs ?? ctx.nowMs;
  const days = Math.round(Math.max(0, daysBetween(ctx.shippedAtMs, end)) * 10) / 10;
  const norm = applicableNorm(ctx);
  return {
    verdict: days > norm.maxDays ? 'exceeded' : 'within_norm',
    days,
    delivered: ctx.deliveredAtMs !== undefined,
    normMinDays: norm.minDays,
    normMaxDays: norm.maxDays,
    normSource: norm.source,
  };
}
