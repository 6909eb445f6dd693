import type { CaseContext } from '../assess/case-context.ts';
import type { Fact } from '../types.ts';

const normalizeIdentity = (id: string): string => id.trim().toLowerCase();

/** S8: is the sender the identity that placed the order? Order details go only to that identity. */
export function checkIdentity(ctx: CaseContext): Fact {
  const ordering = ctx.file.order?.identity;
  const sender = ctx.sender;
  if (!ordering || !sender) return { verdict: 'unknown', hasOrderingIdentity: Boolean(ordering), hasSender: Boolean(sender) };
  const verdict = normalizeIdentity(ordering) === normalizeIdentity(sender) ? 'ordering_account' : 'other_account';
  // The identities themselves are personal data: the fact says which kind of channel, not the address.
  return { verdict, senderKind: sender.split(':')[0] ?? 'unknown', orderingKind: ordering.split(':')[0] ?? 'unknown' };
}
