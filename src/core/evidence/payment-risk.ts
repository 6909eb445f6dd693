import type { CaseContext } from '../assess/case-context.ts';
import type { Fact } from '../types.ts';

const CHEQUES = ['personal_check', 'personal_cheque', 'check', 'cheque'];
const CLEARED = ['cleared', 'paid', 'captured', 'settled'];

/** S4: a personal cheque that has not cleared — never ship on it, however urgent the order is. */
export function checkPaymentRisk(ctx: CaseContext): Fact {
  const payment = ctx.file.order?.payment;
  if (!payment) return { verdict: 'none', method: null };
  const isCheque = CHEQUES.includes(payment.method);
  const cleared = Boolean(payment.clearedAt) || CLEARED.includes(payment.status ?? '');
  if (!isCheque || cleared) return { verdict: 'none', method: payment.method, status: payment.status ?? null };
  const clearsBy = new Date(ctx.nowMs + ctx.policy.chequeClearanceDays * 86_400_000).toISOString().slice(0, 10);
  const needBy = ctx.file.order?.needBy ?? null;
  return {
    verdict: 'uncleared_cheque',
    method: payment.method,
    status: payment.status ?? null,
    clearanceDays: ctx.policy.chequeClearanceDays,
    clearsBy,
    needBy,
    urgent: needBy !== null && needBy.slice(0, 10) < clearsBy,
  };
}
