// Intake: an inbound message becomes part of a case. Customer by identity (created if new), order by
// a reference in the payload or the text, appended to the customer's open case for that order, else
// a new case. Idempotent on (store, externalId): the same message twice is stored once.
import { sql } from 'drizzle-orm';
import { detectLanguage } from '../core/language/detect-language.ts';
import type { Db } from '../db/open-db.ts';
import { attachments, auditLog, type CaseStatus, cases, messages } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { AppError } from './app-error.ts';
import { createCustomer, normaliseIdentity } from './find-or-create-customer.ts';
import { type IntakeLookup, lookUpIntake } from './intake-lookup.ts';
import { pgErrorCode } from './pg-error.ts';
import { addHours, readFlowPolicy } from './policy-defaults.ts';
import { refreshAssessment } from './refresh-assessment.ts';

export type IntakeAttachment = {
  kind: 'photo' | 'video' | 'file';
  name?: string;
  contentType?: string;
  url?: string;
  dataBase64?: string;
};
export type IntakeInput = {
  externalId?: string;
  channel: string;
  from: string;
  name?: string;
  subject?: string;
  text: string;
  orderRef?: string;
  at?: string;
  attachments?: IntakeAttachment[];
};
export type IntakeResult = {
  caseId: string;
  messageId: string;
  customerId: string;
  orderId: string | null;
  caseCreated: boolean;
  duplicate: boolean;
};

/** Candidate order numbers in free text: runs with at least three digits, e.g. 5001, #1042, JD88001, R-3001. */
export function findOrderRefs(text: string): string[] {
  const refs = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z]{0,6}-?\d{3,}[A-Za-z0-9-]*/g)) refs.add(m[0]);
  return [...refs].slice(0, 20);
}

/**
 * Where a message goes: with an order reference, the customer's open case for that order (else a new
 * case); without one, the customer's latest open case (a follow-up), else a new case on their latest order.
 */
function routeMessage(
  input: IntakeInput,
  refs: string[],
  found: IntakeLookup,
): { orderId: string | null; open?: { id: string; status: CaseStatus } } {
  // A number in the text that is no order of the store is no reference; a payload reference always is.
  const referenced = found.referencedOrderId ?? (input.orderRef ? null : undefined);
  if (!refs.length || referenced === undefined) {
    const open = found.latestOpen ?? undefined;
    return open ? { orderId: open.orderId, open } : { orderId: found.latestOrderId };
  }
  return { orderId: referenced, open: found.openForReference ?? undefined };
}

/**
 * Stores one inbound message and returns where it landed; the caller's transaction holds it all.
 * A repeat is found by the same lookup that routes the message (one round trip either way); the
 * unique (store, externalId) index still catches a concurrent twin, and intakeInTransaction retries.
 */
export async function intakeMessage(
  db: Db,
  deps: Deps,
  storeId: string,
  actor: Actor | null,
  input: IntakeInput,
): Promise<IntakeResult> {
  const identity = normaliseIdentity(input.from);
  const refs = input.orderRef ? [input.orderRef.replace(/^#/, '')] : findOrderRefs(input.text);
  const found = await lookUpIntake(db, storeId, identity, refs, input.externalId);
  if (found?.existing) return duplicateOf(found.existing);
  const now = deps.clock.now();
  const at = input.at ? new Date(input.at) : now;
  if (Number.isNaN(at.getTime())) throw new AppError('validation', 'at: not a valid time', { field: 'at' });
  if (!found) throw new AppError('not_found', 'store not found');
  const language = detectLanguage(input.text);
  const created = found.customerId
    ? null
    : await createCustomer(db, deps, storeId, identity, { name: input.name, language });
  const customerId = found.customerId ?? created?.customerId ?? '';
  // A brand-new customer has no cases yet, and their orders are the ones just claimed.
  const routing = created
    ? { ...found, latestOpen: null, openForReference: null, latestOrderId: created.latestOrderId }
    : found;
  const { orderId, open } = routeMessage(input, refs, routing);
  const caseId = open?.id ?? deps.ids();
  const messageId = deps.ids();
  const policy = readFlowPolicy(found.policy);
  const insertCase = db.insert(cases).values({
    id: caseId,
    storeId,
    customerId,
    orderId,
    channel: input.channel,
    language,
    status: 'new',
    subject: (input.subject ?? input.text).slice(0, 140),
    createdAt: now,
    updatedAt: now,
    firstResponseDueAt: addHours(at, policy.firstResponseSlaHours),
    nextDueAt: addHours(at, policy.firstResponseSlaHours),
  });
  const insertMessage = db.insert(messages).values({
    id: messageId,
    storeId,
    caseId,
    direction: 'in',
    channel: input.channel,
    sender: identity,
    body: input.text,
    language,
    externalId: input.externalId ?? null,
    createdAt: at,
  });
  // The audit entry writeAudit would write, as a statement to send along with the message.
  const insertAudit = db.insert(auditLog).values({
    id: deps.ids(),
    storeId,
    actorId: actor?.userId ?? null,
    actorKind: actor ? `user:${actor.via}` : 'system',
    action: open ? 'message.received' : 'case.created',
    entity: 'case',
    entityId: caseId,
    detail: { messageId, channel: input.channel },
    at: deps.clock.now(),
  });
  // One statement for the case (when new), the message and the audit entry.
  await db.execute(
    open
      ? sql`WITH m AS (${insertMessage.getSQL()}) ${insertAudit.getSQL()}`
      : sql`WITH c AS (${insertCase.getSQL()}), m AS (${insertMessage.getSQL()}) ${insertAudit.getSQL()}`,
  );
  await storeAttachments(db, deps, storeId, messageId, input.attachments ?? []);
  // A reply from the customer puts a case that waited on them back in the agents' queue.
  await refreshAssessment(
    db,
    storeId,
    caseId,
    now,
    open ? { status: open.status === 'waiting_customer' ? 'open' : open.status, updatedAt: now } : {},
  );
  return { caseId, messageId, customerId, orderId, caseCreated: !open, duplicate: false };
}

function duplicateOf(m: NonNullable<IntakeLookup['existing']>): IntakeResult {
  return {
    caseId: m.caseId,
    messageId: m.id,
    customerId: m.customerId ?? '',
    orderId: m.orderId,
    caseCreated: false,
    duplicate: true,
  };
}

/** Keeps a message's attachments as evidence; refuses one above the size limit (the caller's transaction rolls back). */
export async function storeAttachments(
  db: Db,
  deps: Deps,
  storeId: string,
  messageId: string,
  files: IntakeAttachment[],
): Promise<void> {
  for (const [i, file] of files.entries()) {
    const data = file.dataBase64 ? Buffer.from(file.dataBase64, 'base64') : null;
    if (data && data.length > deps.config.attachmentMaxBytes) {
      throw new AppError(
        'payload_too_large',
        `attachment ${i} is larger than ${deps.config.attachmentMaxBytes} bytes`,
        { field: `attachments.${i}` },
      );
    }
    await db.insert(attachments).values({
      id: deps.ids(),
      storeId,
      messageId,
      kind: file.kind,
      name: file.name ?? null,
      contentType: file.contentType ?? null,
      size: data?.length ?? 0,
      url: file.url ?? null,
      data,
      createdAt: deps.clock.now(),
    });
  }
}

/** Runs intake in its own transaction, retrying once when a concurrent twin won a unique race. */
export async function intakeInTransaction(
  deps: Deps,
  storeId: string,
  actor: Actor | null,
  input: IntakeInput,
): Promise<IntakeResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.db.transaction((tx) => intakeMessage(tx, deps, storeId, actor, input));
    } catch (error) {
      const isUniqueRace = pgErrorCode(error) === '23505';
      if (!isUniqueRace || attempt >= 2) throw error;
    }
  }
}
