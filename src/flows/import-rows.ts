// Imports: every row in its own transaction (all or nothing per row), with a report of what was
// rejected and why. Orders are upserted by number; tracking events are added once and re-assess
// the open cases of their order.
import { and, eq, inArray } from 'drizzle-orm';
import { cases, shipments, trackingEvents } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { AppError } from './app-error.ts';
import { checkRow, OrderInputSchema, TrackingEventInputSchema } from './order-input.ts';
import { pgErrorCode } from './pg-error.ts';
import { refreshAssessment } from './refresh-assessment.ts';
import { saveOrder } from './save-order.ts';
import { writeAudit } from './write-audit.ts';

export type ImportReport = {
  imported: number;
  updated: number;
  skipped: number;
  rejected: { row: number; key?: string; reasons: string[] }[];
};
type Progress = (done: number) => void;

function reasonOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (pgErrorCode(error) === '23505') return 'conflicts with an existing record';
  return error instanceof Error ? error.message : String(error);
}

function keyOf(raw: unknown, field: string): string | undefined {
  if (typeof raw !== 'object' || raw === null || !(field in raw)) return undefined;
  const value: unknown = Reflect.get(raw, field);
  return typeof value === 'string' ? value : undefined;
}

/** Imports orders (JSON objects as in OrderInputSchema). */
export async function importOrders(
  deps: Deps,
  storeId: string,
  actor: Actor | null,
  rows: unknown[],
  onProgress?: Progress,
): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, updated: 0, skipped: 0, rejected: [] };
  for (const [i, raw] of rows.entries()) {
    const checked = checkRow(OrderInputSchema, raw);
    if (!checked.ok) report.rejected.push({ row: i + 1, key: keyOf(raw, 'number'), reasons: checked.reasons });
    else {
      try {
        const { created } = await deps.db.transaction((tx) => saveOrder(tx, deps, storeId, checked.value));
        if (created) report.imported++;
        else report.updated++;
      } catch (error) {
        report.rejected.push({ row: i + 1, key: checked.value.number, reasons: [reasonOf(error)] });
      }
    }
    onProgress?.(i + 1);
  }
  await writeAudit(deps.db, deps, storeId, actor, {
    action: 'import.orders',
    entity: 'order',
    detail: { ...report, rejected: report.rejected.length },
  });
  return report;
}

/** Imports tracking events by tracking number; a repeat of a known event is skipped. */
export async function importTrackingEvents(
  deps: Deps,
  storeId: string,
  actor: Actor | null,
  rows: unknown[],
): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, updated: 0, skipped: 0, rejected: [] };
  for (const [i, raw] of rows.entries()) {
    const checked = checkRow(TrackingEventInputSchema, raw);
    if (!checked.ok) {
      report.rejected.push({ row: i + 1, key: keyOf(raw, 'trackingNo'), reasons: checked.reasons });
      continue;
    }
    const event = checked.value;
    try {
      const added = await deps.db.transaction(async (tx) => {
        const [ship] = await tx
          .select()
          .from(shipments)
          .where(and(eq(shipments.storeId, storeId), eq(shipments.trackingNo, event.trackingNo)));
        if (!ship) throw new AppError('not_found', `no shipment with tracking number ${event.trackingNo}`);
        const inserted = await tx
          .insert(trackingEvents)
          .values({
            id: deps.ids(),
            storeId,
            shipmentId: ship.id,
            at: new Date(event.at),
            status: event.status,
            location: event.location ?? null,
          })
          .onConflictDoNothing()
          .returning({ id: trackingEvents.id });
        if (!inserted.length) return false;
        const open = await tx
          .select({ id: cases.id })
          .from(cases)
          .where(
            and(
              eq(cases.storeId, storeId),
              eq(cases.orderId, ship.orderId),
              inArray(cases.status, ['new', 'open', 'waiting_customer', 'waiting_carrier']),
            ),
          );
        for (const c of open) await refreshAssessment(tx, storeId, c.id, deps.clock.now());
        return true;
      });
      if (added) report.imported++;
      else report.skipped++;
    } catch (error) {
      report.rejected.push({ row: i + 1, key: event.trackingNo, reasons: [reasonOf(error)] });
    }
  }
  await writeAudit(deps.db, deps, storeId, actor, {
    action: 'import.tracking_events',
    entity: 'shipment',
    detail: { ...report, rejected: report.rejected.length },
  });
  return report;
}
