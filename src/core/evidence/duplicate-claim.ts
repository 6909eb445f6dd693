import type { CaseContext } from '../assess/case-context.ts';
import type { Fact } from '../types.ts';
import { jaccard, shingle } from './text-similarity.ts';

/** Texts at least this similar are the same claim, reworded at most by punctuation or a word. */
export const DUPLICATE_THRESHOLD = 0.6;
const MAX_COMPARED = 200;

/** S23: the same claim text sent by other customers is a sign of an organised claim. */
export function checkDuplicateClaim(ctx: CaseContext): Fact {
  const others = (ctx.file.otherClaims ?? []).slice(0, MAX_COMPARED);
  const ownId = ctx.file.customer?.id;
  const mine = shingle(ctx.customerText);
  const matches = others
    .filter((o) => typeof o?.text === 'string' && (ownId === undefined || o.customerId !== ownId))
    .map((o) => ({
      customerId: o.customerId ?? null,
      at: o.at ?? null,
      similarity: Math.round(jaccard(mine, shingle(o.text)) * 100) / 100,
    }))
    .filter((m) => m.similarity >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity);
  return {
    verdict: matches.length ? 'similar_claims_found' : 'none',
    compared: others.length,
    threshold: DUPLICATE_THRESHOLD,
    matches: matches.slice(0, 5),
  };
}
