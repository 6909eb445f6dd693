// The case file built from the database carries everything the assessment reads.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildCaseFile } from '../../src/flows/build-case-file.ts';
import { buildCase, buildOrder, buildStore } from '../helpers/factories.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
before(async () => {
  deps = await createTestDeps();
});
after(() => deps.cleanup());

test('order lines, shipments with events, attachments, identities and history come through', async () => {
  const store = await buildStore(deps, { policy: { goodwillLimit: 7000 } });
  const neighbour = await buildCase(deps, store.id, {
    from: 'email:someone.else@example.test',
    text: 'Мне не пришла посылка',
  });
  const order = await buildOrder(deps, store.id, { identity: 'email:jo@example.test', amountPaid: 4500 });
  const earlier = await buildCase(deps, store.id, {
    from: 'email:jo@example.test',
    text: 'Is the shop open?',
    orderRef: 'none-such',
  });
  assert.ok(earlier.customerId);
  const opened = await buildCase(deps, store.id, {
    from: 'email:jo@example.test',
    text: `Order ${order.number} arrived crushed`,
    attachments: [{ kind: 'photo', name: 'box.jpg' }],
  });
  const file = await buildCaseFile(deps.db, store.id, opened.caseId, new Date('2026-06-10T00:00:00Z'));
  assert.deepEqual(file.store, { currency: 'USD', language: 'en', policy: { goodwillLimit: 7000 } });
  assert.equal(file.order?.id, order.number);
  assert.deepEqual(file.order?.lines, [
    {
      sku: 'NAP-DZ',
      name: 'Napkins',
      qty: 2,
      unitPrice: 2000,
      unitWeightG: 500,
      perishable: false,
      personalization: undefined,
    },
  ]);
  assert.equal(file.shipments?.length, 1);
  assert.deepEqual(file.shipments?.[0]?.events, [
    { at: '2026-06-04T10:00:00.000Z', status: 'delivered', location: 'Austin, TX' },
  ]);
  assert.equal(file.shipments?.[0]?.weightG, 1200);
  assert.deepEqual(
    file.messages.map((m) => m.attachments),
    [[{ kind: 'photo', name: 'box.jpg' }]],
  );
  assert.deepEqual(file.customer?.identities, ['email:jo@example.test']);
  assert.deepEqual(file.customer?.history, { orders: 1, lifetimeValue: 4500, claims: 1, deliveryClaims12m: 0 });
  assert.deepEqual(
    file.otherClaims?.map((c) => c.customerId),
    [neighbour.customerId],
  );
});
