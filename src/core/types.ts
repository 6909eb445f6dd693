// The vocabulary of the domain (../shared/DOMAIN.md) and the case-file contract (CASEFILE.md).
// Everything here is plain data: the core's functions take these and return these.

export const CATEGORIES = [
  'order_status',
  'delayed_or_lost',
  'delivered_not_received',
  'missing_items',
  'damaged',
  'spoiled',
  'wrong_item',
  'quality_doubt',
  'personalization_error',
  'return_exchange',
  'refund_request',
  'cancel_order',
  'change_info',
  'payment_issue',
  'courier_complaint',
  'service_complaint',
  'general',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const ACTIONS = [
  'reply_only',
  'request_evidence',
  'wait_and_follow_up',
  'reship',
  'reship_with_return_label',
  'refund_full',
  'refund_partial',
  'compensation',
  'exchange',
  'return_refund',
  'redo_free',
  'redo_at_cost',
  'carrier_trace',
  'carrier_claim',
  'cancel_order',
  'hold_until_cleared',
  'deny_info_request',
  'change_address',
  'explain_usage',
  'escalate_supervisor',
  'decline_politely',
  'flag_customer',
] as const;
export type ActionKind = (typeof ACTIONS)[number];

export const PREVENTIONS = [
  'photo_before_ship',
  'signature_required',
  'hold_until_cleared',
  'switch_carrier',
  'cold_chain_packaging',
  'confirm_personalization',
] as const;
export type Prevention = (typeof PREVENTIONS)[number];

/** S9: the resolution flow every case walks through. */
export const STAGES = ['soothe', 'verify', 'propose', 'negotiate', 'resolve', 'record'] as const;
export type Stage = (typeof STAGES)[number];

export type DisputeKind = 'product' | 'logistics' | 'attitude' | 'none';
export type Fault = 'seller' | 'carrier' | 'customer' | 'product' | 'unknown';

/** zh-Hans | zh-Hant | en | ru | any other BCP-47 tag | und (empty or symbols only). */
export type LanguageTag = string;
export const CORE_LANGUAGES = ['zh-Hans', 'zh-Hant', 'en', 'ru'] as const;
export type CoreLanguage = (typeof CORE_LANGUAGES)[number];

export type Channel = 'email' | 'chat' | 'phone' | 'form' | 'marketplace' | 'webhook' | (string & {});

// ---------- the case file (input) ----------

export type PolicyInput = Partial<Policy>;

export type Policy = {
  goodwillLimit: number;
  highValueThreshold: number;
  refundApprovalLimit: number;
  weightToleranceG: number;
  weightTolerancePct: number;
  stalledAfterDays: number;
  lostAfterTransitMultiple: number;
  perishableTransitMinDays: number;
  perishableTransitMaxDays: number;
  perishableContactWindowDays: number;
  expensiveItem: number;
  wrongItemCompensationPct: number;
  chequeClearanceDays: number;
  returnWindowDays: number;
  elevatedRiskDeliveryClaims12m: number;
  elevatedRiskClaimRate: number;
  valuedCustomerLifetimeValue: number;
  personalizationCustomerErrorDefault: 'redo_at_cost' | 'redo_free';
  firstResponseSlaHours: number;
  followUpSlaHours: number;
};

export type Attachment = { kind: 'photo' | 'video' | 'file'; name?: string; url?: string };

export type CaseMessage = {
  from?: string;
  at?: string;
  channel?: Channel;
  text: string;
  attachments?: Attachment[];
  direction?: 'in' | 'out' | 'note';
};

export type Personalization = { kind?: string; entered?: string; produced?: string };

export type OrderLine = {
  sku: string;
  name?: string;
  qty: number;
  unitPrice: number;
  unitWeightG?: number;
  perishable?: boolean;
  personalization?: Personalization;
};

export type PaymentMethod =
  | 'card'
  | 'cashier_check'
  | 'money_order'
  | 'personal_check'
  | 'wallet'
  | 'bank_transfer'
  | 'cod'
  | (string & {});

export type OrderStatus = 'placed' | 'paid' | 'shipped' | 'delivered' | 'cancelled';

export type Order = {
  id: string;
  identity?: string;
  placedAt?: string;
  needBy?: string;
  payment?: { method: PaymentMethod; status?: string; clearedAt?: string };
  lines?: OrderLine[];
  discounts?: { code?: string; amount: number }[];
  pointsUsed?: number;
  shippingFee?: number;
  amountPaid?: number;
  shippingAddress?: string;
  status?: OrderStatus;
};

export type TrackingStatus =
  | 'label_created'
  | 'in_transit'
  | 'out_for_delivery'
  | 'delivered'
  | 'exception'
  | 'returned';

export type TrackingEvent = { at: string; status: TrackingStatus; location?: string };

export type Shipment = {
  carrier?: string;
  service?: string;
  trackingNo?: string;
  shippedAt?: string;
  weightG?: number | null;
  packagingWeightG?: number;
  signature?: boolean;
  events?: TrackingEvent[];
};

export type Customer = {
  id?: string;
  name?: string;
  identities?: string[];
  flags?: string[];
  history?: { orders?: number; lifetimeValue?: number; claims?: number; deliveryClaims12m?: number };
};

export type ClaimWants = 'refund' | 'reship' | 'exchange' | 'keep' | 'redo' | 'cancel' | 'info';

export type Claim = {
  lines?: { sku: string; qty: number }[];
  damagedShare?: number;
  wants?: ClaimWants;
  refused?: ActionKind[];
  storage?: 'frozen' | 'refrigerated' | 'room';
  wanted?: string;
  hotWeather?: boolean;
  /** damaged: the outer packaging arrived damaged too (the carrier answers for it). */
  packagingDamaged?: boolean;
};

/** One delivered shipment of the store's own history: carrier, service and door-to-door days (honest estimates). */
export type TransitRecord = { carrier: string; service?: string; days: number };

export type CaseFile = {
  now: string;
  store: { currency: string; language: LanguageTag; policy?: PolicyInput; transitHistory?: TransitRecord[] };
  customer?: Customer;
  order?: Order;
  shipments?: Shipment[];
  messages: CaseMessage[];
  claim?: Claim;
  otherClaims?: { customerId?: string; at?: string; text: string }[];
};

// ---------- the assessment (output) ----------

/** One fact of DOMAIN.md §4: a verdict plus the inputs it was drawn from. */
export type Fact = { verdict: string; [input: string]: unknown };

export type Recommendation = {
  primary: ActionKind;
  actions: ActionKind[];
  alternatives: ActionKind[];
  rationale: string[];
  estimatedCost: number;
  needsApproval: boolean;
  refund?: { amount: number; pointsReturned: number };
  /** Which branch of which playbook decided, e.g. "wrong_item.ladder_exchange" (added; for review and tests). */
  branch?: string;
  /** S21: the store was at fault, so a discount or small gift goes with the resolution. */
  apologyGift?: boolean;
};

export type Assessment = {
  language: LanguageTag;
  category: Category;
  disputeKind: DisputeKind;
  fault: Fault;
  evidence: Record<string, Fact>;
  recommendation: Recommendation;
  prevention: Prevention[];
  stage: Stage;
  reply: { language: LanguageTag; text: string; needsTranslation?: boolean };
  warnings: string[];
};
