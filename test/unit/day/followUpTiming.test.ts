// #20 item 4: a follow-up is true only after the deadline counted from receipt.
import assert from 'node:assert/strict';
import { followUpTiming, planFollowUp, receivedDateProblem } from '../../../src/core/letters/followUp';
import { getLetter } from '../../../src/core/letters/registry';

describe('#20 follow-ups: dated on the first day they are true', () => {
  // The day of the issue: an AI-training objection to Meta (Ireland) sent and received 2026-12-04.
  const plan = planFollowUp('eu-gdpr-21-1-ai-en', '2026-12-04', '2026-12-04', { receivedDate: '2026-12-04', controllerCountry: 'IE', recipient: 'Meta Platforms Ireland Limited' });
  const reminder = plan.reminders[0]!;

  it('plans the deadline from receipt: one month, 2027-01-04, a Monday', () => {
    assert.equal(plan.deadline?.due, '2027-01-04');
    assert.equal(plan.reminderFrom, '2027-01-05');
    assert.equal(plan.values['controller'], 'Meta Platforms Ireland Limited');
  });

  it('before the deadline: not due, and dated the day after the deadline, never today', () => {
    assert.deepEqual(followUpTiming(plan, reminder, '2026-12-04'), { dueNow: false, from: '2027-01-05', letterDate: '2027-01-05' });
    // On the last day of the period the reply can still come: not yet.
    assert.equal(followUpTiming(plan, reminder, '2027-01-04').dueNow, false);
  });

  it('from the day after the deadline: due, dated today', () => {
    assert.deepEqual(followUpTiming(plan, reminder, '2027-01-05'), { dueNow: true, from: '2027-01-05', letterDate: '2027-01-05' });
    assert.deepEqual(followUpTiming(plan, reminder, '2027-03-01'), { dueNow: true, from: '2027-01-05', letterDate: '2027-03-01' });
  });

  it('a complaint about an ignored request waits for the deadline too; one without a deadline rule does not', () => {
    const complaint = plan.complaints[0]!;
    assert.ok(complaint.deadlineRule, 'the EU complaint describes an ignored request under Art. 12(3)');
    assert.equal(followUpTiming(plan, complaint, '2026-12-04').letterDate, '2027-01-05');
    assert.deepEqual(followUpTiming(plan, { kind: 'complaint', deadlineRule: undefined }, '2026-12-04'), { dueNow: true, letterDate: '2026-12-04' });
  });

  it('a letter without a verified deadline: nothing to wait for', () => {
    const consent = planFollowUp('eu-gdpr-7-3-en', '2026-12-04', '2026-12-04');
    assert.equal(consent.reminderFrom, undefined);
    assert.deepEqual(followUpTiming(consent, getLetter('eu-gdpr-12-3-reminder-en'), '2026-12-04'), { dueNow: true, letterDate: '2026-12-04' });
  });

  it('never dates a follow-up before the letter it follows (a reminder dated ahead, on the day it becomes true)', () => {
    // The whole day: the reminder is inserted dated 2027-01-05; Insert Follow-up then offered a
    // complaint about it dated today, 2026-12-04, which would speak of a reminder not yet sent.
    const reminderPlan = planFollowUp('eu-gdpr-12-3-reminder-en', '2027-01-05', '2026-12-04', { recipient: 'Meta Platforms Ireland Limited' });
    const complaint = reminderPlan.complaints[0]!;
    assert.deepEqual(followUpTiming(reminderPlan, complaint, '2026-12-04'), { dueNow: false, from: '2027-01-05', letterDate: '2027-01-05' });
    assert.deepEqual(followUpTiming(reminderPlan, { kind: 'complaint', deadlineRule: undefined }, '2026-12-04'), { dueNow: false, from: '2027-01-05', letterDate: '2027-01-05' });
    // From that day on, as before.
    assert.deepEqual(followUpTiming(reminderPlan, { kind: 'complaint', deadlineRule: undefined }, '2027-01-05'), { dueNow: true, letterDate: '2027-01-05' });
  });

  it('checks a typed receipt date: a date, not before sending, not in the future; empty means unknown', () => {
    assert.equal(receivedDateProblem('', '2026-12-01', '2026-12-04'), undefined);
    assert.equal(receivedDateProblem('2026-12-02', '2026-12-01', '2026-12-04'), undefined);
    assert.equal(receivedDateProblem('2026-12-1', '2026-12-01', '2026-12-04'), 'format');
    assert.equal(receivedDateProblem('2026-02-30', '2026-01-01', '2026-12-04'), 'format');
    assert.equal(receivedDateProblem('2026-11-30', '2026-12-01', '2026-12-04'), 'before-sent');
    assert.equal(receivedDateProblem('2026-12-05', '2026-12-01', '2026-12-04'), 'future');
  });
});
