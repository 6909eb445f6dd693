// Property tests (fast-check): money adds up, no input crashes the engine, output always matches the
// published schema, and markup sent by a customer never comes back in a reply.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import assessmentSchema from '../../schemas/assessment.schema.json' with { type: 'json' };
import { assessCase } from '../../src/core/assess/assess-case.ts';
import { parseCaseFile } from '../../src/core/assess/parse-case-file.ts';
import { allocateProRata } from '../../src/core/money/allocate-pro-rata.ts';
import { computeRefund } from '../../src/core/money/compute-refund.ts';
import { ACTIONS } from '../../src/core/types.ts';

const validateAssessment = new Ajv({ allErrors: true, strict: false }).compile(assessmentSchema);
const RUNS = 300;

test('allocations add up exactly and are never negative', () => {
  fc.assert(
    fc.property(
      fc.nat({ max: 1e12 }),
      fc.array(fc.oneof(fc.nat({ max: 1e9 }), fc.double({ noNaN: false })), { minLength: 1, maxLength: 30 }),
      (amount, weights) => {
        const parts = allocateProRata(amount, weights);
        assert.equal(parts.length, weights.length);
        assert.equal(
          parts.reduce((a, b) => a + b, 0),
          amount,
        );
        assert.ok(parts.every((p) => Number.isInteger(p) && p >= 0));
      },
    ),
    { numRuns: 1000 },
  );
});

const line = fc.record({
  sku: fc.constantFrom('A', 'B', 'C'),
  qty: fc.nat({ max: 50 }),
  unitPrice: fc.nat({ max: 1e7 }),
});

test('refunds are never negative, never above what was paid', () => {
  fc.assert(
    fc.property(
      fc.array(line, { maxLength: 6 }),
      fc.array(fc.record({ amount: fc.nat({ max: 1e7 }) }), { maxLength: 3 }),
      fc.nat({ max: 1e6 }),
      fc.option(fc.nat({ max: 1e8 }), { nil: undefined }),
      fc.array(fc.record({ sku: fc.constantFrom('A', 'B', 'Z'), qty: fc.nat({ max: 60 }) }), { maxLength: 4 }),
      fc.double({ min: -1, max: 2, noNaN: true }),
      (lines, discounts, shippingFee, amountPaid, claim, share) => {
        const order = { id: 'o', lines, discounts, shippingFee, amountPaid };
        const r = computeRefund(order, { lines: claim, share, includeShipping: true });
        assert.ok(r.amount >= 0 && r.pointsReturned >= 0 && Number.isInteger(r.amount));
        if (amountPaid !== undefined) assert.ok(r.amount <= amountPaid);
        const all = computeRefund(order, { lines: 'all', includeShipping: false });
        const goods = lines.reduce((s, l) => s + l.qty * l.unitPrice, 0);
        assert.equal(
          all.goods,
          Math.max(
            0,
            goods -
              Math.min(
                goods,
                discounts.reduce((s, d) => s + d.amount, 0),
              ),
          ),
        );
      },
    ),
    { numRuns: RUNS },
  );
});

const time = fc.oneof(
  fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') }).map((ms) => new Date(ms).toISOString()),
  fc.constantFrom('2026-13-45T99:99:99Z', '2026-01-01', '1970-01-01T00:00:00Z'),
);
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '我的包裹怎么还没到？',
    '收到的鸡腿坏了',
    'Где моя посылка?',
    '<script>alert(1)</script>',
    '訂單寄錯了',
    'Hola, ¿dónde está?',
    '🙂🙂',
    '',
  ),
);
const identity = fc.constantFrom('email:a@example.com', 'email:b@example.com', 'platform:taobao:x');

/** Case files shaped like the contract, with values anywhere in their ranges (and some unreadable dates). */
const caseFile = fc.record(
  {
    now: time,
    store: fc.record({
      currency: fc.constantFrom('USD', 'CNY', 'RUB', 'JPY', 'TWD'),
      language: fc.constantFrom('en', 'zh-Hans', 'zh-Hant', 'ru', 'es', 'und'),
    }),
    customer: fc.record(
      {
        id: fc.string({ maxLength: 5 }),
        name: text,
        identities: fc.array(identity, { maxLength: 2 }),
        flags: fc.array(fc.constantFrom('vip', 'blocked', 'disputed'), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    order: fc.record(
      {
        id: fc.string({ maxLength: 8 }),
        identity,
        placedAt: time,
        needBy: time,
        payment: fc.record({
          method: fc.constantFrom('card', 'personal_check'),
          status: fc.constantFrom('pending', 'cleared'),
        }),
        lines: fc.array(
          fc.record(
            {
              sku: fc.constantFrom('A', 'B'),
              qty: fc.nat({ max: 100 }),
              unitPrice: fc.nat({ max: 1e8 }),
              unitWeightG: fc.nat({ max: 1e5 }),
              perishable: fc.boolean(),
              personalization: fc.record({ entered: text, produced: text }, { requiredKeys: [] }),
            },
            { requiredKeys: ['sku', 'qty', 'unitPrice'] },
          ),
          { maxLength: 4 },
        ),
        discounts: fc.array(fc.record({ amount: fc.nat({ max: 1e8 }) }), { maxLength: 2 }),
        pointsUsed: fc.nat({ max: 1e6 }),
        shippingFee: fc.nat({ max: 1e6 }),
        amountPaid: fc.nat({ max: 1e9 }),
        shippingAddress: text,
        status: fc.constantFrom('placed', 'paid', 'shipped', 'delivered', 'cancelled'),
      },
      { requiredKeys: ['id'] },
    ),
    shipments: fc.array(
      fc.record(
        {
          carrier: fc.constantFrom('UPS', 'SF', 'CDEK', 'Почта России', 'Nobody'),
          service: fc.string({ maxLength: 10 }),
          trackingNo: fc.string({ maxLength: 12 }),
          shippedAt: time,
          weightG: fc.option(fc.nat({ max: 1e6 }), { nil: null }),
          events: fc.array(
            fc.record({
              at: time,
              status: fc.constantFrom(
                'label_created',
                'in_transit',
                'out_for_delivery',
                'delivered',
                'exception',
                'returned',
              ),
            }),
            { maxLength: 4 },
          ),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 2 },
    ),
    messages: fc.array(
      fc.record(
        {
          from: identity,
          at: time,
          text,
          direction: fc.constantFrom('in', 'out', 'note'),
          attachments: fc.array(fc.record({ kind: fc.constantFrom('photo', 'video', 'file') }), { maxLength: 2 }),
        },
        { requiredKeys: ['text'] },
      ),
      { maxLength: 4 },
    ),
    claim: fc.record(
      {
        lines: fc.array(fc.record({ sku: fc.constantFrom('A', 'B', 'Z'), qty: fc.nat({ max: 200 }) }), {
          maxLength: 3,
        }),
        damagedShare: fc.double({ min: 0, max: 1, noNaN: true }),
        wants: fc.constantFrom('refund', 'reship', 'exchange', 'keep', 'redo', 'cancel', 'info'),
        refused: fc.array(fc.constantFrom(...ACTIONS), { maxLength: 4 }),
        wanted: text,
        storage: fc.constantFrom('frozen', 'refrigerated', 'room'),
      },
      { requiredKeys: [] },
    ),
    otherClaims: fc.array(fc.record({ customerId: fc.string({ maxLength: 4 }), text }, { requiredKeys: ['text'] }), {
      maxLength: 3,
    }),
  },
  { requiredKeys: ['now', 'store', 'messages'] },
);

test('contract-shaped case files always yield a schema-valid assessment', () => {
  let assessed = 0;
  fc.assert(
    fc.property(caseFile, (file) => {
      const parsed = parseCaseFile(file);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors.join('; '));
      assessed++;
      const result = assessCase(parsed.value);
      assert.ok(validateAssessment(result), JSON.stringify(validateAssessment.errors));
      assert.ok(!result.warnings.some((w) => w.startsWith('internal:')), result.warnings.join('; '));
    }),
    { numRuns: RUNS },
  );
  assert.equal(assessed, RUNS);
});

test('hostile input never crashes: readable errors or a valid assessment', () => {
  const hostile = fc.oneof(
    fc.anything(),
    caseFile.chain((file) =>
      fc
        .record({
          key: fc.constantFrom('now', 'store', 'messages', 'order', 'claim', 'shipments', 'customer'),
          junk: fc.anything(),
        })
        .map(({ key, junk }) => ({ ...file, [key]: junk })),
    ),
  );
  fc.assert(
    fc.property(hostile, (value) => {
      const parsed = parseCaseFile(value);
      if (parsed.ok) assert.ok(validateAssessment(assessCase(parsed.value)));
      else assert.ok(parsed.errors.length > 0 && parsed.errors.every((e) => typeof e === 'string' && e.includes(': ')));
    }),
    { numRuns: RUNS },
  );
});

test('markup in a message or a name never comes back in a reply', () => {
  const markup = fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<b>',
    '</div>',
    'a<b',
    '>',
  );
  fc.assert(
    fc.property(caseFile, markup, fc.string({ maxLength: 20 }), (file, tag, filler) => {
      const messages = [...file.messages, { from: 'email:a@example.com', text: `${filler}${tag}${filler}` }];
      const hostile = {
        ...file,
        messages,
        customer: { ...file.customer, name: `${tag}${filler}` },
        claim: { ...file.claim, wanted: tag },
      };
      const parsed = parseCaseFile(hostile);
      if (!parsed.ok) return;
      const reply = assessCase(parsed.value).reply.text;
      assert.doesNotMatch(reply, /[<>]/);
    }),
    { numRuns: RUNS },
  );
});
