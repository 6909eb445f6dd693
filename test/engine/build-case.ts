// buildCaseFile(overrides): a small, valid case file (a delivered order of one line) to change per test.
import type { CaseFile } from '../../src/core/types.ts';

/** A delivered two-dozen-napkin order with one complaint; every part can be replaced by the caller. */
export function buildCaseFile(overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    now: '2026-06-10T12:00:00Z',
    store: { currency: 'USD', language: 'en' },
    customer: {
      id: 'c-1',
      name: 'Kim Lee',
      identities: ['email:kim@example.com'],
      flags: [],
      history: { orders: 2, lifetimeValue: 9000, claims: 0, deliveryClaims12m: 0 },
    },
    order: {
      id: 'O-1',
      identity: 'email:kim@example.com',
      placedAt: '2026-06-01T10:00:00Z',
      payment: { method: 'card', status: 'cleared' },
      lines: [{ sku: 'NAP', name: 'Napkins, dozen', qty: 2, unitPrice: 2000, unitWeightG: 500 }],
      discounts: [],
      pointsUsed: 0,
      shippingFee: 500,
      amountPaid: 4500,
      shippingAddress: '1 Quiet Road, Springfield',
      status: 'delivered',
    },
    shipments: [
      {
        carrier: 'UPS',
        service: 'ground',
        trackingNo: '1ZTEST',
        shippedAt: '2026-06-02T10:00:00Z',
        weightG: 1150,
        packagingWeightG: 150,
        events: [
          { at: '2026-06-02T12:00:00Z', status: 'in_transit' },
          { at: '2026-06-05T12:00:00Z', status: 'delivered' },
        ],
      },
    ],
    messages: [
      {
        from: 'email:kim@example.com',
        at: '2026-06-06T09:00:00Z',
        channel: 'email',
        text: 'Hello, I have a question about my order.',
      },
    ],
    ...overrides,
  };
}
