// Drizzle mirrors of migrations/0001_init.sql: cases and everything that hangs off one.
import { bigint, customType, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActionKind, Assessment, Claim } from '../../core/types.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const money = (name: string) => bigint(name, { mode: 'number' });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Uint8Array }>({ dataType: () => 'bytea' });

export const CASE_STATUSES = ['new', 'open', 'waiting_customer', 'waiting_carrier', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  customerId: uuid('customer_id'),
  orderId: uuid('order_id'),
  channel: text('channel').notNull(),
  language: text('language').notNull().default('und'),
  category: text('category').notNull().default('general'),
  disputeKind: text('dispute_kind').notNull().default('none'),
  fault: text('fault').notNull().default('unknown'),
  status: text('status').$type<CaseStatus>().notNull().default('new'),
  stage: text('stage').notNull().default('soothe'),
  priority: text('priority').$type<Priority>().notNull().default('normal'),
  assigneeId: uuid('assignee_id'),
  subject: text('subject').notNull().default(''),
  summary: text('summary'),
  tags: text('tags').array().notNull().default([]),
  rootCause: text('root_cause'),
  resolution: text('resolution'),
  costTotal: money('cost_total').notNull().default(0),
  claim: jsonb('claim').$type<Claim>(),
  assessment: jsonb('assessment').$type<Assessment>(),
  assessedAt: at('assessed_at'),
  firstResponseDueAt: at('first_response_due_at'),
  firstRespondedAt: at('first_responded_at'),
  nextDueAt: at('next_due_at'),
  searchText: text('search_text').notNull().default(''),
  searchTsv: tsvector('search_tsv').notNull().default(''),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  closedAt: at('closed_at'),
});

export const caseCosts = pgTable('case_costs', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  caseId: uuid('case_id').notNull(),
  actionId: uuid('action_id'),
  kind: text('kind').notNull(),
  amount: money('amount').notNull(),
  note: text('note'),
  at: at('at').notNull().defaultNow(),
});

export type Direction = 'in' | 'out' | 'note';

export const messages = pgTable('messages', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  caseId: uuid('case_id').notNull(),
  direction: text('direction').$type<Direction>().notNull(),
  channel: text('channel').notNull(),
  sender: text('sender'),
  authorId: uuid('author_id'),
  body: text('body').notNull(),
  language: text('language').notNull().default('und'),
  externalId: text('external_id'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  messageId: uuid('message_id').notNull(),
  kind: text('kind').$type<'photo' | 'video' | 'file'>().notNull(),
  name: text('name'),
  contentType: text('content_type'),
  size: integer('size').notNull().default(0),
  url: text('url'),
  data: bytea('data'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const ACTION_STATUSES = ['requested', 'awaiting_approval', 'approved', 'done', 'rejected'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const actions = pgTable('actions', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').$type<ActionKind>().notNull(),
  params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
  status: text('status').$type<ActionStatus>().notNull(),
  cost: money('cost').notNull().default(0),
  note: text('note'),
  requestedBy: uuid('requested_by'),
  approvedBy: uuid('approved_by'),
  decidedAt: at('decided_at'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const reviews = pgTable('reviews', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  customerId: uuid('customer_id'),
  orderId: uuid('order_id'),
  platform: text('platform'),
  rating: smallint('rating').notNull(),
  body: text('body').notNull().default(''),
  reply: text('reply'),
  repliedAt: at('replied_at'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const templates = pgTable('templates', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  name: text('name').notNull(),
  category: text('category'),
  stage: text('stage'),
  language: text('language').notNull(),
  body: text('body').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
