// A vague time whose sentence, or the next one, gives the period (periodBound.ts: an upper limit, not a lower bound). Each pair: a
// sentence the check lowers and a similar one it must keep; the lowering test fails without it.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a vague time whose period is given beside it', () => {
  it('lowers it when the sentence or the next one gives the period', () => {
    expectLowered('Inactive accounts may be removed after 12 months of inactivity.', 'inactive accounts', 'period-bound');
    expectLowered('We will accept your changes as soon as possible. You can expect the changes to be processed within a week.', 'as soon as possible', 'period-bound');
  });
  it('keeps it without a period, or with only a lower bound', () => {
    expectShown('Inactive accounts may be removed after a period of inactivity.', 'inactive accounts');
    expectShown('We will accept your changes as soon as possible. We keep your request for at least six years.', 'as soon as possible');
  });
});
