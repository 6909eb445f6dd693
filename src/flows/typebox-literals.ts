// A TypeBox union of string literals whose static type stays the literal union.
import { FormatRegistry, type TLiteral, type TUnion, Type } from '@sinclair/typebox';

/** `literals(['a', 'b'])` validates "a" | "b" and types as 'a' | 'b'. */
export function literals<T extends string>(values: readonly T[]): TUnion<TLiteral<T>[]> {
  return Type.Union(values.map((v) => Type.Literal(v)));
}

// TypeBox's own checker (Value.Check) knows no formats until they are registered.
if (!FormatRegistry.Has('date-time'))
  FormatRegistry.Set('date-time', (v) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)));
if (!FormatRegistry.Has('uuid'))
  FormatRegistry.Set('uuid', (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v));
