// What the console reads from the API, in the server's own words (camelCase rows of src/db/schema).
import type { ActionKind, Assessment, Claim, Policy, TrackingStatus } from '../../../src/core/types.ts';

export type Role = 'owner' | 'supervisor' | 'agent';
export type CaseStatus = 'new' | 'open' | 'waiting_customer' | 'waiting_carrier' | 'resolved' | 'closed';
export const CASE_STATUSES: readonly CaseStatus[] = [
  'new',
  'open',
  'waiting_customer',
  'waiting_carrier',
  'resolved',
  'closed',
];
export const CHANNELS = ['email', 'chat', 'phone', 'form', 'marketplace', 'webhook'] as const;

export type Me = { id: string; storeId: string; name: string; email: string; role: Role; locale?: string | null };
export type Store = { id: string; name: string; currency: string; language: string; policy: Partial<Policy> };

export type Person = { id: string; name: string | null };

/** One inbox row; the customer name is masked by the server. */
export type CaseRow = {
  id: string;
  subject: string;
  status: CaseStatus;
  category: string;
  language: string;
  channel: string;
  priority: string;
  assignee: Person | null;
  customer: Person | null;
  lastMessage: { body: string; at: string; direction: string } | null;
  firstResponseDueAt: string | null;
  nextDueAt: string | null;
  updatedAt: string;
};

export type Page<T> = { items: T[]; total: number; totalCapped?: boolean; limit: number; offset: number };

export type Message = {
  id: string;
  direction: 'in' | 'out' | 'note';
  channel: string;
  sender: string | null;
  authorName?: string | null;
  body: string;
  language: string;
  createdAt: string;
  attachments: { id: string; kind: 'photo' | 'video' | 'file'; name: string | null; size: number }[];
};

export type OrderLine = {
  sku: string;
  name: string | null;
  qty: number;
  unitPrice: number;
  unitWeightG: number | null;
  perishable?: boolean;
};
export type Order = {
  id: string;
  number: string;
  identity: string | null;
  placedAt: string | null;
  needBy: string | null;
  paymentMethod: string | null;
  paymentStatus: string | null;
  discounts: { code?: string; amount: number }[];
  pointsUsed: number;
  shippingFee: number;
  amountPaid: number;
  shippingAddress: string | null;
  status: string;
  lines: OrderLine[];
};
export type Shipment = {
  id: string;
  carrier: string | null;
  service: string | null;
  trackingNo: string | null;
  shippedAt: string | null;
  weightG: number | null;
  packagingWeightG: number | null;
  signature: boolean;
  events: { at: string; status: TrackingStatus; location: string | null }[];
};
export type ActionStatus = 'requested' | 'awaiting_approval' | 'approved' | 'done' | 'rejected';
export type CaseAction = {
  id: string;
  caseId: string;
  kind: ActionKind;
  params: Record<string, unknown>;
  status: ActionStatus;
  cost: number;
  note: string | null;
  requestedBy: string | null;
  createdAt: string;
};
export type Customer = {
  id: string;
  name: string | null;
  language: string | null;
  tier: string | null;
  flags: string[];
  notes: string | null;
  identities: string[];
};

export type CaseDetail = {
  id: string;
  subject: string;
  status: CaseStatus;
  stage: string;
  category: string;
  language: string;
  channel: string;
  priority: string;
  assigneeId: string | null;
  assigneeName: string | null;
  rootCause: string | null;
  resolution: string | null;
  costTotal: number;
  firstResponseDueAt: string | null;
  nextDueAt: string | null;
  createdAt: string;
  currency: string;
  claim: Claim | null;
  assessment: Assessment | null;
  customer: Customer | null;
  order: Order | null;
  shipments: Shipment[];
  messages: Message[];
  actions: CaseAction[];
};

export type Template = {
  id: string;
  name: string;
  category: string | null;
  stage: string | null;
  language: string;
  body: string;
};
export type User = { id: string; name: string; email: string; role: Role; disabled?: boolean };

export type Bucket = { key: string; cases: number; cost: number };
export type Stats = {
  days: number;
  open: number;
  totalCost: number;
  breaches: number;
  firstResponseHoursMedian: number | null;
  resolutionHoursMedian: number | null;
  byCategory: Bucket[];
  byChannel: Bucket[];
  byCarrier: Bucket[];
  bySku: Bucket[];
  byAgent: Bucket[];
  perDay: { day: string; cases: number; breaches: number; cost: number }[];
  speedByCategory: { key: string; firstResponseHours: number | null; resolutionHours: number | null }[];
};
export type Approval = CaseAction & { caseSubject: string; requestedByName: string | null; currency: string };
