import { classifyText } from '../classify/classify-text.ts';
import { estimateArrival } from '../estimate/estimate-arrival.ts';
import { isValuedCustomer } from '../evidence/customer-risk.ts';
import { gatherBaseFacts, gatherEvidence, needsPhoto } from '../evidence/gather-evidence.ts';
import { detectLanguage } from '../language/detect-language.ts';
import { choosePlaybook } from '../playbooks/choose-playbook.ts';
import { costPlan } from '../playbooks/cost-plan.ts';
import type { PlaybookInput } from '../playbooks/plan.ts';
import { renderRationale } from '../playbooks/render-rationale.ts';
import { chooseReplyLanguage, draftReply } from '../reply/draft-reply.ts';
import type { Assessment, CaseFile, Category, ClaimWants, Recommendation } from '../types.ts';
import { buildCaseContext, type CaseContext } from './case-context.ts';
import { collectWarnings } from './collect-warnings.ts';
import { decideCategory } from './decide-category.ts';
import { decideDisputeKind, decideFault } from './decide-fault.ts';
import { decideStage } from './decide-stage.ts';

/** What the customer asks for when the words say it and the claim does not. */
const WISH_OF: Partial<Record<Category, ClaimWants>> = {
  refund_request: 'refund',
  return_exchange: 'exchange',
  cancel_order: 'cancel',
};

/** The honest window the rationale quotes: the parcel's own, or from today when nothing has shipped. */
function estimateWindow(ctx: CaseContext): string {
  if (ctx.deliveredAtMs !== undefined) return '';
  const est = estimateArrival({
    carrier: ctx.shipment?.carrier,
    service: ctx.shipment?.service,
    shippedAtMs: ctx.shippedAtMs,
    nowMs: ctx.nowMs,
    history: ctx.file.store?.transitHistory,
  });
  return `${est.earliest} – ${est.latest}`;
}

function assessOrThrow(file: CaseFile): Assessment {
  const ctx = buildCaseContext(file);
  const language = detectLanguage(ctx.customerText);
  const base = gatherBaseFacts(ctx);
  const decision = decideCategory(ctx, base, classifyText(ctx.customerText, language), language);
  const category = decision.category;
  const facts = gatherEvidence(ctx, category, base);
  const fault = decideFault(category, facts);
  const wants = file.claim?.wants ?? WISH_OF[decision.textCategory];
  const input: PlaybookInput = { ctx, category, facts, fault, valued: isValuedCustomer(ctx), wants };
  const plan = choosePlaybook(input);
  const money = costPlan(input, plan);
  const recommendation: Recommendation = {
    primary: plan.primary,
    actions: plan.actions,
    alternatives: plan.alternatives,
    rationale: renderRationale(input, plan, money, estimateWindow(ctx)),
    estimatedCost: money.estimatedCost,
    needsApproval: money.needsApproval,
    ...(money.refund ? { refund: money.refund } : {}),
    branch: plan.branch,
    ...(plan.notes.includes('apology_gift') ? { apologyGift: true } : {}),
  };
  const stage = decideStage(ctx, needsPhoto(category) && facts.evidence_provided?.verdict !== 'yes');
  const reply = draftReply({ ctx, customerLanguage: language, category, stage, facts, recommendation, fault });
  const replyLanguage = chooseReplyLanguage(language, file.store?.language);
  const warnings = collectWarnings({
    ctx,
    category,
    decision,
    facts,
    customerLanguage: language,
    replyLanguage: replyLanguage.language,
    needsTranslation: replyLanguage.needsTranslation,
    actions: plan.actions,
  });
  return {
    language,
    category,
    disputeKind: decideDisputeKind(category),
    fault,
    evidence: facts,
    recommendation,
    prevention: plan.prevention,
    stage,
    reply,
    warnings,
  };
}

/** A case file in, an assessment out (DOMAIN.md §3–§8): pure, time only from `now`, never a crash. */
export function assessCase(file: CaseFile): Assessment {
  try {
    return assessOrThrow(file);
  } catch (error) {
    // A broken invariant must not take the desk down: answer with a safe, human-handled assessment.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      language: 'und',
      category: 'general',
      disputeKind: 'none',
      fault: 'unknown',
      evidence: {},
      recommendation: {
        primary: 'escalate_supervisor',
        actions: ['escalate_supervisor'],
        alternatives: [],
        rationale: [],
        estimatedCost: 0,
        needsApproval: true,
      },
      prevention: [],
      stage: 'soothe',
      reply: { language: 'en', text: '' },
      warnings: [`internal: the assessment could not be completed (${reason.slice(0, 200)}); handle this case by hand`],
    };
  }
}
