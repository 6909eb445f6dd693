// Drizzle mirrors of migrations/0001_init.sql: customers, orders, shipments.
import { bigint, boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OrderStatus, Personalization, TrackingStatus } from '../../core/types.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const money = (name: string) => bigint(name, { mode: 'number' });

export const customers = pgTable('customers', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  name: text('name'),
  language: text('language'),
  birthday: date('birthday', { mode: 'string' }),
  tier: text('tier'),
  flags: text('flags').array().notNull().default([]),
  notes: text('notes'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const customerIdentities = pgTable('customer_identities', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  identity: text('identity').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export type Discount = { code?: string; amount: number };

export const orders = pgTable('orders', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  customerId: uuid('customer_id'),
  number: text('number').notNull(),
  identity: text('identity'),
  placedAt: at('placed_at'),
  needBy: at('need_by'),
  paymentMethod: text('payment_method'),
  paymentStatus: text('payment_status'),
  paymentClearedAt: at('payment_cleared_at'),
  discounts: jsonb('discounts').$type<Discount[]>().notNull().default([]),
  pointsUsed: money('points_used').notNull().default(0),
  shippingFee: money('shipping_fee').notNull().default(0),
  amountPaid: money('amount_paid').notNull().default(0),
  shippingAddress: text('shipping_address'),
  status: text('status').$type<OrderStatus>().notNull().default('placed'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const orderLines = pgTable('order_lines', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  orderId: uuid('order_id').notNull(),
  position: integer('position').notNull(),
  sku: text('sku').notNull(),
  name: text('name'),
  qty: integer('qty').notNull(),
  unitPrice: money('unit_price').notNull(),
  unitWeightG: integer('unit_weight_g'),
  perishable: boolean('perishable').notNull().default(false),
  personalization: jsonb('personalization').$type<Personalization>(),
});

export const shipments = pgTable('shipments', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  orderId: uuid('order_id').notNull(),
  carrier: text('carrier'),
  service: text('service'),
  trackingNo: text('tracking_no'),
  shippedAt: at('shipped_at'),
  weightG: integer('weight_g'),
  packagingWeightG: integer('packaging_weight_g'),
  signature: boolean('signature').notNull().default(false),
  photoBeforeShip: boolean('photo_before_ship').notNull().default(false),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const trackingEvents = pgTable('tracking_events', {
  id: uuid('id').primaryKey(),
  storeId: uuid('store_id').notNull(),
  shipmentId: uuid('shipment_id').notNull(),
  at: at('at').notNull(),
  status: text('status').$type<TrackingStatus>().notNull(),
  location: text('location'),
});
