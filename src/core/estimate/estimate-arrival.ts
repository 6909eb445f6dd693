import type { TransitRecord } from '../types.ts';
import { normFromHistory } from './history-norm.ts';
import { findTransitNorm, type TransitNorm } from './transit-norms.ts';

const DAY = 86_400_000;

/** An honest arrival window: dates (YYYY-MM-DD, UTC) from the earliest likely day to the 90th-percentile day. */
export type ArrivalEstimate = {
  earliest: string;
  latest: string;
  latestMs: number;
  source: 'store_history' | 'carrier_norm' | 'default_norm';
  norm: TransitNorm;
  overdue: boolean;
};

export type ArrivalInput = {
  carrier?: string;
  service?: string;
  shippedAtMs?: number;
  nowMs: number;
  history?: readonly TransitRecord[];
  override?: TransitNorm; // e.g. the perishable norm of the store's policy
};

/** The day of a timestamp as YYYY-MM-DD (UTC). */
export function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * S16: when a parcel will honestly arrive — the store's own delivered shipments when it has enough of them,
 * else the carrier/service norm — quoted up to the 90th percentile, re-based on today once overdue.
 */
export function estimateArrival(input: ArrivalInput): ArrivalEstimate {
  const fromHistory = normFromHistory(input.history, input.carrier, input.service);
  const table = findTransitNorm(input.carrier, input.service);
  const norm = input.override ?? fromHistory ?? table;
  const source =
    fromHistory && !input.override ? 'store_history' : table.known || input.override ? 'carrier_norm' : 'default_norm';
  // Not shipped yet: a day to hand it over, then the norm.
  const start = input.shippedAtMs ?? input.nowMs + DAY;
  let earliestMs = Math.max(start + norm.minDays * DAY, input.nowMs);
  let latestMs = start + norm.p90Days * DAY;
  const overdue = latestMs < input.nowMs;
  if (overdue) {
    earliestMs = input.nowMs + DAY;
    latestMs = input.nowMs + Math.max(2, norm.p90Days - norm.typicalDays) * DAY;
  }
  return {
    earliest: toDay(earliestMs),
    latest: toDay(Math.max(latestMs, earliestMs)),
    latestMs,
    source,
    norm,
    overdue,
  };
}
