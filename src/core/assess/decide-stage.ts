import type { Stage } from '../types.ts';
import type { CaseContext } from './case-context.ts';

/**
 * S9: where the case stands in 安抚 → 核实 → 提供方案 → 协商 → 解决 → 登记. A first complaint is soothed;
 * a refused offer is negotiated; after our first answer, missing evidence means verify, else propose.
 */
export function decideStage(ctx: CaseContext, needsEvidence: boolean): Stage {
  if (ctx.file.order?.status === 'cancelled' && ctx.outbound.length > 0) return 'resolve';
  if ((ctx.file.claim?.refused ?? []).length > 0) return 'negotiate';
  if (ctx.outbound.length === 0) return 'soothe';
  return needsEvidence ? 'verify' : 'propose';
}
