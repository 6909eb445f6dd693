// A failure mid-way leaves nothing behind: every flow runs in one transaction.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { count } from 'drizzle-orm';
import {
  auditLog,
  cases,
  customerIdentities,
  customers,
  messages,
  orderLines,
  orders,
} from '../../src/db/schema/index.ts';
import { AppError } from '../../src/flows/app-error.ts';
import { importOrders } from '../../src/flows/import-rows.ts';
import { intakeInTransaction } from '../../src/flows/intake-message.ts';
import { buildOrder, buildStore } from '../helpers/factories.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let storeId: string;

before(async () => {
  deps = await createTestDeps({ attachmentMaxBytes: 1000 });
  storeId = (await buildStore(deps)).id;
});
after(() => deps.cleanup());

async function snapshot() {
  const tables = { cases, messages, customers, customerIdentities, orders, orderLines, auditLog };
  const out: Record<string, number | undefined> = {};
  for (const [name, table] of Object.entries(tables))
    out[name] = (await deps.db.select({ n: count() }).from(table))[0]?.n;
  return out;
}

test('intake failing on its last step (an oversized attachment) writes no customer, case or message', async () => {
  const before = await snapshot();
  await assert.rejects(
    intakeInTransaction(deps, storeId, null, {
      channel: 'email',
      from: 'email:new@example.test',
      text: 'Photo attached',
      attachments: [{ kind: 'photo', dataBase64: Buffer.alloc(5000).toString('base64') }],
    }),
    (error: unknown) => error instanceof AppError && error.code === 'payload_too_large',
  );
  assert.deepEqual(await snapshot(), before);
});

test('intake failing at any step (ids that run out) leaves the database as it was', async () => {
  for (const failAt of [2, 3, 4, 5]) {
    const before = await snapshot();
    let calls = 0;
    const flaky = {
      ...deps,
      ids: () => {
        calls++;
        if (calls === failAt) throw new Error(`injected failure at id #${failAt}`);
        return randomUUID();
      },
    };
    await assert.rejects(
      intakeInTransaction(flaky, storeId, null, {
        channel: 'chat',
        from: `platform:wx:user${failAt}`,
        text: '你好，我的订单什么时候发货？',
      }),
      /injected/,
    );
    assert.deepEqual(await snapshot(), before, `failure at id #${failAt}`);
  }
});

test('an import row that fails half-way is rolled back alone; the good rows stay', async () => {
  const taken = await buildOrder(deps, storeId, { number: 'T-1' });
  const before = await snapshot();
  const report = await importOrders(deps, storeId, null, [
    { number: 'OK-1', identity: 'email:good@example.test', lines: [{ sku: 'A', qty: 1, unitPrice: 100 }] },
    {
      number: 'BAD-1',
      identity: 'email:bad@example.test',
      lines: [{ sku: 'B', qty: 1, unitPrice: 100 }],
      shipments: [{ trackingNo: `1Z${taken.number}` }],
    },
  ]);
  assert.equal(report.imported, 1);
  assert.deepEqual(
    report.rejected.map((r) => [r.row, r.key]),
    [[2, 'BAD-1']],
  );
  assert.match(report.rejected[0]?.reasons[0] ?? '', /belongs to another order/);
  const afterImport = await snapshot();
  assert.equal(afterImport.orders, (before.orders ?? 0) + 1, 'only OK-1');
  assert.equal(afterImport.customers, (before.customers ?? 0) + 1, "the bad row's new customer was rolled back too");
});
