// Drizzle mirrors of migrations/0100_channels.sql: the mail outbox, IMAP cursors, channel sessions,
// webhook sources.
import { bigint, bigserial, boolean, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';
export type OutboxKind = 'reply' | 'acknowledgement' | 'notification';

export const mailOutbox = pgTable('mail_outbox', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  caseId: uuid('case_id'),
  caseMessageId: uuid('case_message_id'),
  messageId: text('message_id').notNull(),
  fromAddress: text('from_address').notNull(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  bodyText: text('body_text').notNull(),
  inReplyTo: text('in_reply_to'),
  refs: text('refs').notNull().default(''),
  kind: text('kind').$type<OutboxKind>().notNull().default('reply'),
  status: text('status').$type<OutboxStatus>().notNull().default('queued'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
  lastError: text('last_error'),
  sentAt: at('sent_at'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const mailboxCursors = pgTable(
  'mailbox_cursors',
  {
    storeId: uuid('store_id').notNull(),
    mailbox: text('mailbox').notNull(),
    uidValidity: text('uid_validity').notNull(),
    lastUid: bigint('last_uid', { mode: 'number' }).notNull().default(0),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.storeId, t.mailbox] })],
);

export type ChannelSessionKind = 'chat' | 'form';

export const channelSessions = pgTable('channel_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  storeId: uuid('store_id').notNull(),
  kind: text('kind').$type<ChannelSessionKind>().notNull(),
  caseId: uuid('case_id'),
  customerId: uuid('customer_id'),
  orderId: uuid('order_id'),
  identity: text('identity'),
  name: text('name'),
  language: text('language').notNull().default('und'),
  createdAt: at('created_at').notNull().defaultNow(),
  lastSeenAt: at('last_seen_at').notNull().defaultNow(),
  expiresAt: at('expires_at').notNull(),
});

export const webhookSources = pgTable('webhook_sources', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  name: text('name').notNull(),
  secret: text('secret').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  revokedAt: at('revoked_at'),
});

export type SlaTimerName = 'first_response' | 'follow_up';

export const slaEscalations = pgTable(
  'sla_escalations',
  {
    caseId: uuid('case_id').notNull(),
    timer: text('timer').$type<SlaTimerName>().notNull(),
    dueAt: at('due_at').notNull(),
    storeId: uuid('store_id').notNull(),
    escalatedAt: at('escalated_at').notNull().defaultNow(),
    assigneeId: uuid('assignee_id'),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.timer, t.dueAt] })],
);

export const formAttempts = pgTable('form_attempts', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  storeId: uuid('store_id').notNull(),
  orderNumber: text('order_number').notNull(),
  ip: text('ip').notNull(),
  ok: boolean('ok').notNull(),
  at: at('at').notNull().defaultNow(),
});
