// The shape of a demo situation: a case file's parts (CASEFILE.md) plus what the database needs to
// reproduce the customer's history. Times are written as of `now` and shifted to the real clock.
import type { CaseMessage, Category, Claim, Order, PolicyInput, Shipment } from '../core/types.ts';

export type DemoSituation = {
  key: string;
  now: string;
  customer: { name: string; identities: string[]; flags?: string[] };
  /** Earlier orders of the customer (amount paid, days before `now`), for lifetime value. */
  pastOrders?: { amountPaid: number; daysBefore: number }[];
  /** Earlier claims of the customer, stored as closed cases. */
  pastClaims?: { category: Category; daysBefore: number; text: string }[];
  order?: Order;
  shipments?: Shipment[];
  messages: CaseMessage[];
  claim?: Claim;
};

export type DemoStore = {
  slug: string;
  name: string;
  currency: string;
  language: string;
  policy?: PolicyInput;
  situations: DemoSituation[];
};
