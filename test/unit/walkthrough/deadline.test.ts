import assert from 'node:assert/strict';
import { daysUntil, deadlineState } from '../../../src/core/walkthrough';

describe('walkthrough: deadlineState', () => {
  const today = '2025-05-12';

  it('is none without a deadline or with an invalid one', () => {
    assert.equal(deadlineState(undefined, today), 'none');
    assert.equal(deadlineState('2025-02-30', today), 'none');
    assert.equal(deadlineState('soon', today), 'none');
    assert.equal(deadlineState('2025-05-26', 'not a date'), 'none');
  });

  it('is soon up to and including 14 days ahead, ok from 15', () => {
    assert.equal(deadlineState('2025-05-26', today), 'soon'); // 14 days
    assert.equal(deadlineState('2025-05-27', today), 'ok'); // 15 days
    assert.equal(deadlineState('2025-05-13', today), 'soon');
  });

  it('is soon on the deadline day and past the day after', () => {
    assert.equal(deadlineState('2025-05-12', today), 'soon');
    assert.equal(deadlineState('2025-05-11', today), 'past');
  });

  it('counts calendar days across month, year and leap-day boundaries', () => {
    assert.equal(daysUntil('2025-01-01', '2024-12-31'), 1);
    assert.equal(daysUntil('2024-03-01', '2024-02-28'), 2);
    assert.equal(daysUntil('2025-03-01', '2025-02-28'), 1);
    assert.equal(deadlineState('2024-03-14', '2024-02-29'), 'soon');
    assert.equal(deadlineState('2024-03-15', '2024-02-29'), 'ok');
  });
});
