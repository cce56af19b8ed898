// A hedged retention bounded by a concrete period in its sentence (retentionBound.ts), judged on the
// development set: a sentence the check lowers and similar ones it must keep; the lowering test
// fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a hedged retention with its longest period', () => {
  it('lowers "may retain" when the sentence gives the longest time', () => {
    expectLowered('We may retain access logs containing this data for up to 120 days, and then delete them.', 'may retain', 'period-bound');
    expectLowered('Backups may be kept for no longer than 30 days.', 'may be kept', 'period-bound');
  });
  it('keeps it without a limit, or with an open way out', () => {
    expectShown('We may retain access logs containing this data, and then delete them.', 'may retain');
    expectShown('We may retain access logs for up to 120 days, or longer if required.', 'may retain');
  });
});
