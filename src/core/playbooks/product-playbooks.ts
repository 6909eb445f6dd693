import { makePlan, maxUnitPrice, type Plan, type PlaybookInput, scopeValue, verdictOf } from './plan.ts';

const WRONG_ITEM_LADDER = ['compensation', 'exchange', 'return_refund'] as const;

/** §6 damaged: no photo → ask for one; cheap → reship; otherwise exchange or a partial refund by damaged share. */
export function planDamaged(input: PlaybookInput): Plan {
  if (verdictOf(input.facts, 'evidence_provided') !== 'yes') {
    return makePlan('damaged.request_photo', 'request_evidence', {
      alternatives: ['reship', 'refund_partial'],
      share: input.ctx.file.claim?.damagedShare,
    });
  }
  const claim = input.ctx.file.claim;
  const carrier = claim?.packagingDamaged === true ? (['carrier_claim'] as const) : [];
  // The damaged share travels with every plan: a refused reship becomes a partial refund of that share.
  const share = claim?.damagedShare;
  if (scopeValue(input, 'claim') <= input.ctx.policy.goodwillLimit && input.wants !== 'refund') {
    return makePlan('damaged.cheap_reship', 'reship', {
      actions: ['reship', ...carrier],
      alternatives: ['refund_partial', 'exchange'],
      share,
    });
  }
  if (typeof share === 'number' || input.wants === 'refund' || input.wants === 'keep') {
    return makePlan('damaged.partial_refund', 'refund_partial', {
      actions: ['refund_partial', ...carrier],
      alternatives: ['exchange', 'return_refund'],
      share,
    });
  }
  return makePlan('damaged.exchange', 'exchange', {
    actions: ['exchange', ...carrier],
    alternatives: ['refund_partial', 'return_refund'],
    share,
  });
}

/** S6 spoiled: photo first; over the transit norm the carrier pays; late and expensive is declined kindly. */
export function planSpoiled(input: PlaybookInput): Plan {
  const claim = input.ctx.file.claim;
  const share = claim?.damagedShare;
  const prefersRefund = input.wants === 'refund' || typeof share === 'number';
  const [first, second] = prefersRefund
    ? (['refund_partial', 'reship'] as const)
    : (['reship', 'refund_partial'] as const);
  const cold = claim?.hotWeather === true ? (['cold_chain_packaging'] as const) : [];
  if (verdictOf(input.facts, 'evidence_provided') !== 'yes') {
    return makePlan('spoiled.request_photo', 'request_evidence', {
      alternatives: [first, second],
      scope: 'perishable',
    });
  }
  if (verdictOf(input.facts, 'transit_time') === 'exceeded') {
    return makePlan('spoiled.transit_exceeded', first, {
      actions: [first, 'carrier_claim'],
      alternatives: [second],
      prevention: ['cold_chain_packaging'],
      scope: 'perishable',
      share,
    });
  }
  if (verdictOf(input.facts, 'contact_delay') !== 'late') {
    return makePlan('spoiled.within_window', first, {
      alternatives: [second],
      prevention: [...cold],
      scope: 'perishable',
      share,
    });
  }
  if (maxUnitPrice(input, 'perishable') <= input.ctx.policy.expensiveItem) {
    return makePlan('spoiled.late_cheap_goodwill', first, {
      alternatives: [second],
      prevention: [...cold],
      scope: 'perishable',
      share,
      goodwill: true,
    });
  }
  return makePlan('spoiled.late_expensive_decline', 'decline_politely', {
    alternatives: ['refund_partial', 'escalate_supervisor'],
    scope: 'perishable',
    share,
  });
}

/** S7: the wrong-item ladder — compensation to keep it, then exchange, then return and refund; refusals climb it. */
export function planWrongItem(input: PlaybookInput): Plan {
  const refused = new Set(input.ctx.file.claim?.refused ?? []);
  const rungs = WRONG_ITEM_LADDER.filter((r) => !refused.has(r));
  const primary = rungs[0];
  if (!primary) {
    return makePlan('wrong_item.ladder_exhausted', 'escalate_supervisor', {
      alternatives: ['return_refund'],
      notes: ['lscpa'],
    });
  }
  return makePlan(`wrong_item.ladder_${primary}`, primary, {
    alternatives: rungs.slice(1),
    notes: refused.size ? ['ladder_next', 'lscpa'] : [],
  });
}

/** §6 quality doubt: a photo of a defect → exchange or return; otherwise explain how to use it, and ask to see it. */
export function planQualityDoubt(input: PlaybookInput): Plan {
  if (verdictOf(input.facts, 'evidence_provided') === 'yes') {
    const wantsRefund = input.wants === 'refund';
    return makePlan('quality_doubt.defect_with_evidence', wantsRefund ? 'return_refund' : 'exchange', {
      alternatives: [wantsRefund ? 'exchange' : 'return_refund', 'refund_partial'],
    });
  }
  return makePlan('quality_doubt.explain_usage', 'explain_usage', {
    actions: ['explain_usage', 'request_evidence'],
    alternatives: ['exchange'],
  });
}

/** S5: the spec the customer entered decides whose error it is; the customer's error is redone at cost by default. */
export function planPersonalizationError(input: PlaybookInput): Plan {
  const verdict = verdictOf(input.facts, 'personalization');
  if (verdict === 'shop_error') {
    return makePlan('personalization_error.shop_redo_free', 'redo_free', {
      alternatives: ['refund_full'],
      prevention: ['confirm_personalization'],
      scope: 'personalized',
    });
  }
  if (verdict === 'customer_input_error') {
    const byPolicy = input.ctx.policy.personalizationCustomerErrorDefault;
    const other = byPolicy === 'redo_free' ? 'redo_at_cost' : 'redo_free';
    const large = scopeValue(input, 'personalized') > input.ctx.policy.goodwillLimit;
    return makePlan(`personalization_error.customer_${byPolicy}`, byPolicy, {
      alternatives: [other],
      prevention: ['confirm_personalization'],
      scope: 'personalized',
      goodwill: byPolicy === 'redo_free',
      notes: large ? ['redo_free_large'] : [],
    });
  }
  return makePlan('personalization_error.verify_spec', 'request_evidence', {
    alternatives: ['redo_at_cost', 'redo_free'],
    prevention: ['confirm_personalization'],
    scope: 'personalized',
  });
}
