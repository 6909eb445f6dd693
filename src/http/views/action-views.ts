// What the API shows of an action.
import { Type } from '@sinclair/typebox';
import type { actions } from '../../db/schema/index.ts';
import { isoOrNull, NullableString, NullableTime, Time } from '../schemas.ts';

export const ActionView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  kind: Type.String(),
  params: Type.Record(Type.String(), Type.Unknown()),
  status: Type.String(),
  cost: Type.Integer(),
  note: NullableString,
  requestedBy: NullableString,
  approvedBy: NullableString,
  decidedAt: NullableTime,
  createdAt: Time,
  updatedAt: Time,
});

/** One action row as the API shows it. */
export function toActionView(a: typeof actions.$inferSelect) {
  return {
    id: a.id,
    caseId: a.caseId,
    kind: a.kind,
    params: a.params,
    status: a.status,
    cost: a.cost,
    note: a.note,
    requestedBy: a.requestedBy,
    approvedBy: a.approvedBy,
    decidedAt: isoOrNull(a.decidedAt),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
