// Context check for a vague time bounded by a concrete period right after it (periodBound.ts),
// judged on the development set: sentences the check lowers and similar ones it must keep; the
// lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a vague time bounded by a concrete period', () => {
  it('lowers a vague time that the same or the next sentence bounds', () => {
    expectLowered('We keep staff data for as long as is required by law (but no longer than 10 years).', 'as long as is required', 'period-bound');
    expectLowered('We will delete your personal data as soon as possible. You can expect the deletion to be done within a week.', 'as soon as possible', 'period-bound');
    expectLowered('Inactive accounts and related data are deleted after 12 months of inactivity.', 'Inactive accounts', 'period-bound');
  });
  it('keeps a vague time when the period is a lower bound, comes before it, or bounds a hedge', () => {
    expectShown('We keep staff data for as long as is required by law (at least 10 years).', 'as long as is required');
    expectShown('We keep your data for six years. We will delete your personal data as soon as possible after that.', 'as soon as possible');
    expectShown('Inactive accounts and related data may be deleted after 12 months of inactivity.', 'may be deleted');
  });
});
