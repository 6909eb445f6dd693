import type { CaseContext } from '../assess/case-context.ts';
import type { Fact } from '../types.ts';

const normalizeIdentity = (id: string): string => id.trim().toLowerCase();

/** S8: is the sender the identity that placed the order (or one the store linked to it)? Order details go only there. */
export function checkIdentity(ctx: CaseContext): Fact {
  const ordering = ctx.file.order?.identity;
  const sender = ctx.sender;
  if (!ordering || !sender)
    return { verdict: 'unknown', hasOrderingIdentity: Boolean(ordering), hasSender: Boolean(sender) };
  const same = normalizeIdentity(ordering) === normalizeIdentity(sender);
  // S18: the store may have linked several identities to one customer; both must be on that record.
  const known = new Set((ctx.file.customer?.identities ?? []).map(normalizeIdentity));
  const linked = !same && known.has(normalizeIdentity(ordering)) && known.has(normalizeIdentity(sender));
  // The identities themselves are personal data: the fact says which kind of channel, not the address.
  return {
    verdict: same || linked ? 'ordering_account' : 'other_account',
    linked,
    senderKind: sender.split(':')[0] ?? 'unknown',
    orderingKind: ordering.split(':')[0] ?? 'unknown',
  };
}
