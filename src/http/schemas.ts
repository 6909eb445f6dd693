// Shared TypeBox pieces: problem responses, ids, pagination, and time/money shapes.
import { type TSchema, Type } from '@sinclair/typebox';

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    field: Type.Optional(Type.String()),
    issues: Type.Optional(Type.Array(Type.Unknown())),
    errors: Type.Optional(Type.Array(Type.String())),
  },
  { $id: 'Problem', additionalProperties: true },
);

export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
export const Time = Type.String({ format: 'date-time' });
export const NullableTime = Type.Union([Time, Type.Null()]);
export const Money = Type.Integer({ description: 'integer minor units of the store currency' });
export const NullableString = Type.Union([Type.String(), Type.Null()]);
export const Ok = Type.Object({ ok: Type.Boolean() });

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
};

/** A page of items with the cursor of the next page (null on the last). */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
}

/** The response map of a route: its success shapes plus the problem shape for every 4xx/5xx. */
export function responses<T extends Record<number, TSchema>>(ok: T) {
  return { ...ok, '4xx': ProblemSchema, '5xx': ProblemSchema };
}

/** An ISO string or null for a nullable time column. */
export function isoOrNull(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}
