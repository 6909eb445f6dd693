// Keyset pagination on (time, id): stable under inserts and fast on the (store_id, time, id) indexes.
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../flows/app-error.ts';

export type Cursor = { at: Date; id: string };

/** The opaque cursor for the row after which the next page starts. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

/** Reads a cursor back; a tampered one is a 400 on the `cursor` field. */
export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id))
    throw new AppError('validation', 'cursor: not a cursor this API issued', { field: 'cursor' });
  return { at: date, id };
}

/** The condition "after the cursor" for a descending (time, id) order, or undefined on the first page. */
export function afterCursor(timeColumn: AnyColumn, idColumn: AnyColumn, cursor: Cursor | null): SQL | undefined {
  return cursor
    ? sql`(${timeColumn}, ${idColumn}) < (${cursor.at.toISOString()}::timestamptz, ${cursor.id}::uuid)`
    : undefined;
}

/** Cuts the `limit + 1` rows fetched into a page and its next cursor. */
export function toPage<R, V>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => Cursor,
  view: (row: R) => V,
): { items: V[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(keyOf(last).at, keyOf(last).id) : null;
  return { items: items.map(view), nextCursor };
}
