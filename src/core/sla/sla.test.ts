import assert from 'node:assert/strict';
import { test } from 'node:test';
import { composeAcknowledgement } from './compose-acknowledgement.ts';
import { decideEscalation, type SlaCaseState } from './decide-escalation.ts';
import { planFollowUp } from './plan-follow-ups.ts';
import { computeFirstResponseDue, computeFollowUpDue, raisePriority } from './sla-timers.ts';

const policy = { firstResponseSlaHours: 4, followUpSlaHours: 24 };
const at = '2026-11-23T10:00:00.000Z';

test('first-response and follow-up due times scale with priority', () => {
  const table: [Parameters<typeof computeFirstResponseDue>[1], string, string][] = [
    ['urgent', '2026-11-23T11:00:00.000Z', '2026-11-23T16:00:00.000Z'],
    ['high', '2026-11-23T12:00:00.000Z', '2026-11-23T22:00:00.000Z'],
    ['normal', '2026-11-23T14:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ['low', '2026-11-23T18:00:00.000Z', '2026-11-25T10:00:00.000Z'],
  ];
  for (const [priority, first, follow] of table) {
    assert.equal(computeFirstResponseDue(at, priority, policy), first, priority);
    assert.equal(computeFollowUpDue(at, priority, policy), follow, priority);
  }
  assert.equal(
    computeFirstResponseDue(at, 'normal', { firstResponseSlaHours: 1.5, followUpSlaHours: 1 }),
    '2026-11-23T11:30:00.000Z',
  );
});

test('priority rises one step and stops at urgent', () => {
  assert.deepEqual(
    [raisePriority('low'), raisePriority('normal'), raisePriority('high'), raisePriority('urgent')],
    ['normal', 'high', 'urgent', 'urgent'],
  );
});

const open: SlaCaseState = {
  status: 'new',
  priority: 'normal',
  firstResponseDueAt: '2026-11-23T14:00:00.000Z',
  tags: [],
};

test('escalation: first response overdue, answered, waiting, follow-up overdue, closed', () => {
  assert.deepEqual(decideEscalation(open, '2026-11-23T13:59:59.000Z'), { kind: 'none', reason: 'not_due' });
  assert.deepEqual(decideEscalation(open, '2026-11-23T14:30:00.000Z'), {
    kind: 'escalate',
    timer: 'first_response',
    dueAt: '2026-11-23T14:00:00.000Z',
    overdueMinutes: 30,
    priority: 'high',
    tag: 'sla_breached:first_response',
  });
  const answered = {
    ...open,
    status: 'open',
    firstRespondedAt: '2026-11-23T12:00:00.000Z',
    nextDueAt: '2026-11-24T10:00:00.000Z',
  };
  assert.equal(decideEscalation(answered, '2026-11-23T15:00:00.000Z').kind, 'none');
  const followUp = decideEscalation(answered, '2026-11-24T11:00:00.000Z');
  assert.equal(followUp.kind === 'escalate' && followUp.timer, 'follow_up');
  assert.deepEqual(decideEscalation({ ...answered, status: 'waiting_customer' }, '2026-11-25T00:00:00.000Z'), {
    kind: 'none',
    reason: 'waiting_on_others',
  });
  assert.deepEqual(decideEscalation({ ...open, status: 'resolved' }, '2026-11-30T00:00:00.000Z'), {
    kind: 'none',
    reason: 'closed',
  });
});

test('an already escalated timer does not raise the priority again', () => {
  const again = decideEscalation(
    { ...open, priority: 'high', tags: ['sla_breached:first_response'] },
    '2026-11-23T20:00:00.000Z',
  );
  assert.equal(again.kind === 'escalate' && again.priority, 'high');
});

test('actions leave the follow-up reminders the desk needs', () => {
  assert.deepEqual(planFollowUp('carrier_trace', at), {
    kind: 'check_tracking',
    dueAt: '2026-11-25T10:00:00.000Z',
    action: 'carrier_trace',
  });
  assert.equal(planFollowUp('return_refund', at)?.kind, 'check_return_arrived');
  assert.equal(planFollowUp('refund_full', at)?.kind, 'check_refund_landed');
  assert.equal(planFollowUp('reply_only', at), undefined);
});

test('acknowledgements in the customer language, else the store language, else English', () => {
  const base = { storeName: 'Linen & Co', caseRef: '[#C-4f2a9c01]', dueHours: 4 };
  const zh = composeAcknowledgement({ ...base, customerLanguage: 'zh-Hans', storeLanguage: 'en' });
  assert.equal(zh.language, 'zh-Hans');
  assert.match(zh.text, /4小时内/);
  assert.match(zh.subject, /^\[#C-4f2a9c01\] 我们已收到/);
  assert.match(composeAcknowledgement({ ...base, customerLanguage: 'zh-TW', storeLanguage: 'en' }).text, /訊息/);
  assert.match(
    composeAcknowledgement({ ...base, customerLanguage: 'ru', storeLanguage: 'en', dueHours: 1 }).text,
    /в течение 1 часа/,
  );
  assert.match(
    composeAcknowledgement({ ...base, customerLanguage: 'ru', storeLanguage: 'en', dueHours: 24 }).text,
    /в течение 24 часов/,
  );
  assert.equal(composeAcknowledgement({ ...base, customerLanguage: 'de', storeLanguage: 'ru' }).language, 'ru');
  assert.equal(composeAcknowledgement({ ...base, customerLanguage: 'und', storeLanguage: 'fr' }).language, 'en');
});
