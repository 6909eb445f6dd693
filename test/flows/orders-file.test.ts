// The orders file of `aftersales import orders`: CSV rows per line grouped into orders; JSON as is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readOrdersFile } from '../../src/cli/orders-file.ts';
import { checkRow, OrderInputSchema } from '../../src/flows/order-input.ts';

const csv = `number,identity,customer_name,placed_at,payment_method,payment_status,shipping_fee,discount_code,discount_amount,status,sku,name,qty,unit_price,unit_weight_g,perishable,carrier,tracking_no,weight_g
A-1,email:ann@example.test,Анна,2026-11-01T10:00:00Z,card,cleared,500,WELCOME,300,shipped,NAP,"Napkins, linen",2,3000,544,no,UPS,1Z1,1400
A-1,email:ann@example.test,Анна,2026-11-01T10:00:00Z,card,cleared,500,WELCOME,300,shipped,TEA,龙井茶,1,1500,250,yes,UPS,1Z1,1400
B-2,email:bob@example.test,Bob,yesterday,card,cleared,0,,,paid,X,Thing,one,100,,,,,
`;

test('CSV lines sharing a number become one order with its lines, discount and one shipment', () => {
  const rows = readOrdersFile('orders.csv', csv);
  assert.equal(rows.length, 2);
  const first = checkRow(OrderInputSchema, rows[0]);
  assert.ok(first.ok, JSON.stringify(first));
  assert.equal(first.value.customerName, 'Анна');
  assert.deepEqual(
    first.value.lines.map((l) => [l.sku, l.name, l.qty, l.unitPrice, l.perishable]),
    [
      ['NAP', 'Napkins, linen', 2, 3000, false],
      ['TEA', '龙井茶', 1, 1500, true],
    ],
  );
  assert.deepEqual(first.value.discounts, [{ code: 'WELCOME', amount: 300 }]);
  assert.deepEqual(first.value.shipments, [{ carrier: 'UPS', trackingNo: '1Z1', weightG: 1400 }]);
  const second = checkRow(OrderInputSchema, rows[1]);
  assert.ok(!second.ok);
  assert.ok(
    second.reasons.some((r) => r.startsWith('placedAt')),
    second.reasons.join('; '),
  );
  assert.ok(
    second.reasons.some((r) => r.startsWith('lines.0.qty')),
    second.reasons.join('; '),
  );
});

test('a JSON file must hold an array', () => {
  assert.equal(readOrdersFile('o.json', '[{"number":"1"}]').length, 1);
  assert.throws(() => readOrdersFile('o.json', '{"number":"1"}'), /array/);
});
