// Intake: an inbound message becomes part of a case. Customer by identity (created if new), order by
// a reference in the payload or the text, appended to the customer's open case for that order, else
// a new case. Idempotent on (store, externalId): the same message twice is stored once.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { detectLanguage } from '../core/language/detect-language.ts';
import type { Db } from '../db/open-db.ts';
import { attachments, type CaseStatus, cases, messages, orders, stores } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { AppError } from './app-error.ts';
import { findOrCreateCustomer, normaliseIdentity } from './find-or-create-customer.ts';
import { pgErrorCode } from './pg-error.ts';
import { addHours, readFlowPolicy } from './policy-defaults.ts';
import { refreshAssessment } from './refresh-assessment.ts';
import { writeAudit } from './write-audit.ts';

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

const OPEN_STATUSES = ['new', 'open', 'waiting_customer', 'waiting_carrier'] as const;

/** Candidate order numbers in free text: runs with at least three digits, e.g. 5001, #1042, JD88001, R-3001. */
export function findOrderRefs(text: string): string[] {
  const refs = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z]{0,6}-?\d{3,}[A-Za-z0-9-]*/g)) refs.add(m[0]);
  return [...refs].slice(0, 20);
}

/** The order the message names (payload reference or a number in the text), or undefined when it names none. */
async function findReferencedOrder(db: Db, storeId: string, input: IntakeInput): Promise<string | null | undefined> {
  const refs = input.orderRef ? [input.orderRef.replace(/^#/, '')] : findOrderRefs(input.text);
  if (!refs.length) return undefined;
  const [hit] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.storeId, storeId), inArray(orders.number, refs)))
    .limit(1);
  return hit?.id ?? (input.orderRef ? null : undefined);
}

/**
 * Where a message goes: with an order reference, the customer's open case for that order (else a new
 * case); without one, the customer's latest open case (a follow-up), else a new case on their latest order.
 */
async function routeMessage(
  db: Db,
  storeId: string,
  input: IntakeInput,
  customerId: string,
): Promise<{ orderId: string | null; open?: { id: string; status: CaseStatus } }> {
  const referenced = await findReferencedOrder(db, storeId, input);
  const isOpen = and(
    eq(cases.storeId, storeId),
    eq(cases.customerId, customerId),
    inArray(cases.status, [...OPEN_STATUSES]),
  );
  if (referenced === undefined) {
    const [open] = await db
      .select({ id: cases.id, status: cases.status, orderId: cases.orderId })
      .from(cases)
      .where(isOpen)
      .orderBy(desc(cases.updatedAt))
      .limit(1);
    if (open) return { orderId: open.orderId, open };
    const [latest] = await db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.storeId, storeId), eq(orders.customerId, customerId)))
      .orderBy(desc(orders.placedAt))
      .limit(1);
    return { orderId: latest?.id ?? null };
  }
  const [open] = await db
    .select({ id: cases.id, status: cases.status })
    .from(cases)
    .where(and(isOpen, referenced ? eq(cases.orderId, referenced) : isNull(cases.orderId)))
    .orderBy(desc(cases.updatedAt))
    .limit(1);
  return { orderId: referenced, open };
}

async function findExisting(db: Db, storeId: string, externalId: string | undefined): Promise<IntakeResult | null> {
  if (!externalId) return null;
  const [m] = await db
    .select({ id: messages.id, caseId: messages.caseId, customerId: cases.customerId, orderId: cases.orderId })
    .from(messages)
    .innerJoin(cases, eq(cases.id, messages.caseId))
    .where(and(eq(messages.storeId, storeId), eq(messages.externalId, externalId)));
  if (!m) return null;
  return {
    caseId: m.caseId,
    messageId: m.id,
    customerId: m.customerId ?? '',
    orderId: m.orderId,
    caseCreated: false,
    duplicate: true,
  };
}

/**
 * Stores one inbound message and returns where it landed; the caller's transaction holds it all.
 * With checkFirst false the unique (store, externalId) index alone catches a repeat (one query less
 * on the common path); the insert then fails and intakeInTransaction retries with the check.
 */
export async function intakeMessage(
  db: Db,
  deps: Deps,
  storeId: string,
  actor: Actor | null,
  input: IntakeInput,
  checkFirst = true,
): Promise<IntakeResult> {
  const existing = checkFirst ? await findExisting(db, storeId, input.externalId) : null;
  if (existing) return existing;
  const now = deps.clock.now();
  const at = input.at ? new Date(input.at) : now;
  if (Number.isNaN(at.getTime())) throw new AppError('validation', 'at: not a valid time', { field: 'at' });
  const [store] = await db.select({ policy: stores.policy }).from(stores).where(eq(stores.id, storeId));
  if (!store) throw new AppError('not_found', 'store not found');
  const identity = normaliseIdentity(input.from);
  const language = detectLanguage(input.text);
  const { customerId } = await findOrCreateCustomer(db, deps, storeId, identity, { name: input.name, language });
  const { orderId, open } = await routeMessage(db, storeId, input, customerId);
  const caseId = open?.id ?? deps.ids();
  if (!open) {
    const policy = readFlowPolicy(store.policy);
    await db.insert(cases).values({
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
  }
  const messageId = deps.ids();
  await db.insert(messages).values({
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
  await storeAttachments(db, deps, storeId, messageId, input.attachments ?? []);
  // A reply from the customer puts a case that waited on them back in the agents' queue.
  await refreshAssessment(
    db,
    storeId,
    caseId,
    now,
    open ? { status: open.status === 'waiting_customer' ? 'open' : open.status, updatedAt: now } : {},
  );
  await writeAudit(db, deps, storeId, actor, {
    action: open ? 'message.received' : 'case.created',
    entity: 'case',
    entityId: caseId,
    detail: { messageId, channel: input.channel },
  });
  return { caseId, messageId, customerId, orderId, caseCreated: !open, duplicate: false };
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
      return await deps.db.transaction((tx) => intakeMessage(tx, deps, storeId, actor, input, attempt > 0));
    } catch (error) {
      const isUniqueRace = pgErrorCode(error) === '23505';
      if (!isUniqueRace || attempt >= 2) throw error;
    }
  }
}
