import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../language/han-variants.ts';
import { CATEGORIES, CORE_LANGUAGES, STAGES } from '../types.ts';
import { collectTemplateFacts } from './collect-template-facts.ts';
import { DEFAULT_TEMPLATES, findDefaultTemplate } from './default-templates.ts';
import { findMissingFacts, findUnknownPlaceholders, renderTemplate } from './render-template.ts';
import { validateTemplate } from './validate-template.ts';

test('every category × stage × language has a default template (408), ids unique', () => {
  assert.equal(DEFAULT_TEMPLATES.length, CATEGORIES.length * STAGES.length * CORE_LANGUAGES.length);
  assert.equal(new Set(DEFAULT_TEMPLATES.map((t) => t.id)).size, DEFAULT_TEMPLATES.length);
  for (const category of CATEGORIES) {
    for (const stage of STAGES) {
      for (const language of CORE_LANGUAGES) {
        const template = findDefaultTemplate(category, stage, language);
        assert.ok(template && template.text.trim().length > 10, `${category}.${stage}.${language}`);
      }
    }
  }
});

test('every default template passes the tone guard with no issue', () => {
  const failing = DEFAULT_TEMPLATES.map((t) => ({ id: t.id, issues: validateTemplate(t) })).filter(
    (r) => r.issues.length,
  );
  assert.deepEqual(failing, []);
});

test('default templates use only known placeholders and are written in their own script', () => {
  for (const t of DEFAULT_TEMPLATES) {
    assert.deepEqual(findUnknownPlaceholders(t.text), [], t.id);
    const bare = t.text.replace(/\{\w+\}/g, '');
    if (t.language === 'ru') assert.match(bare, /[а-яё]/i, t.id);
    if (t.language.startsWith('zh')) assert.match(bare, /\p{Script=Han}/u, t.id);
    if (t.language === 'en') assert.doesNotMatch(bare, /[\p{Script=Han}а-яё]/iu, t.id);
  }
});

test('zh-Hant templates are Traditional, zh-Hans Simplified', () => {
  const wrong = (text: string, forbidden: ReadonlySet<string>) => [...text].filter((ch) => forbidden.has(ch)).join('');
  for (const t of DEFAULT_TEMPLATES.filter((x) => x.language === 'zh-Hant'))
    assert.equal(wrong(t.text, SIMPLIFIED_ONLY), '', t.id);
  for (const t of DEFAULT_TEMPLATES.filter((x) => x.language === 'zh-Hans'))
    assert.equal(wrong(t.text, TRADITIONAL_ONLY), '', t.id);
});

test('the negotiate stage follows LSCPA: it clarifies with a question and ends by asking the customer', () => {
  for (const t of DEFAULT_TEMPLATES.filter((x) => x.stage === 'negotiate')) {
    assert.match(t.text, /[?？]$/u, t.id);
    assert.ok((t.text.match(/[?？]/gu) ?? []).length >= 2, t.id);
  }
});

test('renderTemplate fills facts, marks missing ones and strips markup from values', () => {
  const template = {
    text: 'Hello {name}, order {orderId} via {carrier} ({trackingNo}) is expected {estimate}. {unknown}',
  };
  const out = renderTemplate(template, {
    name: '<b>Anna</b>',
    orderId: 'A-1',
    carrier: 'DHL<script>alert(1)</script>',
    estimate: 'between 3 and 5 May',
    trackingNo: '  ',
  });
  assert.equal(out, 'Hello Anna, order A-1 via DHLalert(1) (⟨trackingNo⟩) is expected between 3 and 5 May. {unknown}');
  assert.deepEqual(findMissingFacts(out), ['trackingNo']);
  assert.equal(renderTemplate('{name}', { name: '{orderId}' }), '{orderId}');
  assert.equal(renderTemplate('退款{amount}', { amount: '¥59.90' }), '退款¥59.90');
});

test('a rendered default template reads well in Chinese and Russian', () => {
  const zh = findDefaultTemplate('delayed_or_lost', 'propose', 'zh-Hans');
  assert.ok(zh);
  const text = renderTemplate(zh, { item: '婚礼请柬', amount: '¥299.00', carrier: '顺丰' });
  assert.equal(text, '我们可以现在为您免费补发婚礼请柬，或者为您退款¥299.00，同时我会向顺丰发起查件。');
  const ru = findDefaultTemplate('order_status', 'propose', 'ru');
  assert.ok(ru);
  assert.match(renderTemplate(ru, { estimate: 'между 3 и 5 мая' }), /ожидаем его между 3 и 5 мая\./);
});

test('validateTemplate refuses a template that fails the guard', () => {
  const issues = validateTemplate({ text: 'Your parcel is guaranteed to arrive tomorrow, {name}.', language: 'en' });
  assert.deepEqual(
    issues.map((i) => i.kind),
    ['over_promise'],
  );
  assert.deepEqual(
    validateTemplate({ text: '你是第一个说有问题的，{name}。' }).map((i) => i.kind),
    ['others_never_complained'],
  );
  assert.deepEqual(validateTemplate({ text: 'Thank you, {name}. It is expected {estimate}.' }), []);
});

test('collectTemplateFacts reads the case; missing facts stay visible after rendering', () => {
  const caseFile = {
    now: '2026-11-02T04:00:00Z',
    store: { currency: 'CNY', language: 'zh-Hans' },
    customer: { name: '王女士' },
    order: {
      id: 'TB1001',
      amountPaid: 29900,
      lines: [
        { sku: 'A', name: '真丝围巾', qty: 1, unitPrice: 19900 },
        { sku: 'B', name: '礼盒', qty: 1, unitPrice: 10000 },
      ],
    },
    shipments: [{ carrier: '顺丰', trackingNo: 'SF42' }],
    messages: [{ text: '围巾坏了' }],
    claim: { lines: [{ sku: 'A', qty: 1 }] },
  };
  const facts = collectTemplateFacts(caseFile, 'zh-Hans', { estimate: '5月3日至5日' });
  assert.deepEqual(
    { ...facts, amount: undefined },
    {
      name: '王女士',
      orderId: 'TB1001',
      carrier: '顺丰',
      trackingNo: 'SF42',
      item: '真丝围巾',
      estimate: '5月3日至5日',
      amount: undefined,
    },
  );
  assert.match(String(facts.amount), /299/);
  const bare = collectTemplateFacts({ now: caseFile.now, store: caseFile.store, messages: [] }, 'en');
  const template = findDefaultTemplate('order_status', 'verify', 'en');
  assert.ok(template);
  assert.equal(
    renderTemplate(template, bare),
    'I have checked order ⟨orderId⟩: it is with ⟨carrier⟩ under tracking number ⟨trackingNo⟩.',
  );
});
