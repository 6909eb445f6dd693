// An agent's reply or internal note. Replies pass the tone guard first (S10, S20): a draft with
// issues is refused with them, unless the agent overrides — and the override is audited.
import { and, eq } from 'drizzle-orm';
import { checkTone, type ToneIssue } from '../core/tone/check-tone.ts';
import { cases, messages, stores } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { AppError, notFound } from './app-error.ts';
import { buildCaseFile } from './build-case-file.ts';
import { addHours, readFlowPolicy } from './policy-defaults.ts';
import { refreshAssessment } from './refresh-assessment.ts';
import { writeAudit } from './write-audit.ts';

export type ReplyInput = {
  body: string;
  direction: 'out' | 'note';
  channel?: string;
  language?: string;
  override?: boolean;
};
export type ReplyResult = { messageId: string; toneIssues: ToneIssue[] };

/** Stores an agent's message on a case; returns the tone issues that were overridden, if any. */
export async function replyToCase(deps: Deps, actor: Actor, caseId: string, input: ReplyInput): Promise<ReplyResult> {
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ c: cases, policy: stores.policy })
      .from(cases)
      .innerJoin(stores, eq(stores.id, cases.storeId))
      .where(and(eq(cases.id, caseId), eq(cases.storeId, actor.storeId)))
      .for('update', { of: cases });
    if (!row) throw notFound('case');
    const now = deps.clock.now();
    let toneIssues: ToneIssue[] = [];
    if (input.direction === 'out') {
      const caseFile = await buildCaseFile(tx, actor.storeId, caseId, now);
      toneIssues = checkTone(input.body, { language: input.language ?? row.c.language, caseFile }).issues;
      if (toneIssues.length && !input.override) {
        throw new AppError('unprocessable', 'The reply has tone problems; fix them or send with override: true.', {
          extra: { issues: toneIssues },
        });
      }
    }
    const messageId = deps.ids();
    await tx.insert(messages).values({
      id: messageId,
      storeId: actor.storeId,
      caseId,
      direction: input.direction,
      channel: input.channel ?? row.c.channel,
      authorId: actor.userId,
      body: input.body,
      language: input.language ?? row.c.language,
      createdAt: now,
    });
    const policy = readFlowPolicy(row.policy);
    const isReply = input.direction === 'out';
    await tx
      .update(cases)
      .set({
        updatedAt: now,
        ...(isReply
          ? {
              firstRespondedAt: row.c.firstRespondedAt ?? now,
              nextDueAt: addHours(now, policy.followUpSlaHours),
              status: row.c.status === 'new' || row.c.status === 'open' ? 'waiting_customer' : row.c.status,
            }
          : {}),
      })
      .where(eq(cases.id, caseId));
    if (isReply) await refreshAssessment(tx, actor.storeId, caseId, now);
    await writeAudit(tx, deps, actor.storeId, actor, {
      action:
        input.direction === 'note' ? 'case.noted' : toneIssues.length ? 'case.replied.tone_override' : 'case.replied',
      entity: 'case',
      entityId: caseId,
      detail: { messageId, toneIssues: toneIssues.map((i) => i.kind) },
    });
    return { messageId, toneIssues };
  });
}
