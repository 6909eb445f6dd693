import type { CaseContext } from '../assess/case-context.ts';
import type { Fact } from '../types.ts';

/** S6: every product claim rests on a photo or video; this says whether one came with the messages. */
export function checkEvidenceProvided(ctx: CaseContext): Fact {
  const kinds = ctx.inbound.flatMap((m) => (Array.isArray(m.attachments) ? m.attachments.map((a) => a?.kind) : []));
  const photos = kinds.filter((k) => k === 'photo').length;
  const videos = kinds.filter((k) => k === 'video').length;
  return { verdict: photos + videos > 0 ? 'yes' : 'no', photos, videos };
}
