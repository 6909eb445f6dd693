import { resolvePolicy } from '../policy/resolve-policy.ts';
import type { CaseFile, CaseMessage, Policy, Shipment, TrackingEvent } from '../types.ts';

/** Longest customer text the engine reads: enough for any real message, bounded for hostile input. */
export const MAX_TEXT = 4000;

/** A case file read once into what every rule needs: policy, clock, messages by direction, the parcel. */
export type CaseContext = {
  file: CaseFile;
  policy: Policy;
  nowMs: number;
  inbound: CaseMessage[];
  outbound: CaseMessage[];
  customerText: string;
  latestText: string;
  firstInboundMs?: number;
  sender?: string;
  shipment?: Shipment;
  events: TrackingEvent[];
  shippedAtMs?: number;
  deliveredAtMs?: number;
};

/** Milliseconds of an ISO-8601 time, or undefined when it is missing or unreadable. */
export function parseTime(value: string | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

const isInbound = (m: CaseMessage): boolean => m.direction === undefined || m.direction === 'in';

/** The shipment the case is about: the latest one shipped (or the last listed). */
function pickShipment(shipments: Shipment[] | undefined): Shipment | undefined {
  if (!shipments?.length) return undefined;
  return [...shipments].sort((a, b) => (parseTime(a.shippedAt) ?? 0) - (parseTime(b.shippedAt) ?? 0)).at(-1);
}

/** Reads a case file into a context; `now` that cannot be read falls back to the epoch, never the wall clock. */
export function buildCaseContext(file: CaseFile): CaseContext {
  const messages = Array.isArray(file.messages) ? file.messages.filter((m) => typeof m?.text === 'string') : [];
  const inbound = messages.filter(isInbound);
  const outbound = messages.filter((m) => m.direction === 'out');
  const shipment = pickShipment(file.shipments);
  const events = [...(shipment?.events ?? [])]
    .filter((e) => parseTime(e.at) !== undefined)
    .sort((a, b) => (parseTime(a.at) ?? 0) - (parseTime(b.at) ?? 0));
  const delivered = events.findLast((e) => e.status === 'delivered');
  const firstTimes = inbound.map((m) => parseTime(m.at)).filter((t): t is number => t !== undefined);
  const last = inbound.at(-1);
  return {
    file,
    policy: resolvePolicy(file.store?.policy),
    nowMs: parseTime(file.now) ?? 0,
    inbound,
    outbound,
    customerText: inbound
      .map((m) => m.text)
      .join('\n')
      .slice(0, MAX_TEXT),
    latestText: (last?.text ?? '').slice(0, MAX_TEXT),
    firstInboundMs: firstTimes.length ? Math.min(...firstTimes) : undefined,
    sender: inbound.findLast((m) => typeof m.from === 'string')?.from,
    shipment,
    events,
    shippedAtMs: parseTime(shipment?.shippedAt) ?? parseTime(events[0]?.at),
    deliveredAtMs: parseTime(delivered?.at),
  };
}

/** Whole days between two times, with fractions (0.5 = twelve hours). */
export function daysBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / 86_400_000;
}

/** True when any line of the order is perishable. */
export function hasPerishables(ctx: CaseContext): boolean {
  return (ctx.file.order?.lines ?? []).some((l) => l.perishable === true);
}
