// Context check for a sentence about what other companies do in general (othersPractice.ts),
// judged on the development set: a sentence the check lowers and similar ones about the company,
// which it must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: what other companies do in general', () => {
  it('lowers a vague phrase in a clause whose subject is other companies in general', () => {
    expectLowered('Creepily, some DNS providers sell data about your Internet activity or use it to target you with ads.', 'Internet activity', 'others-practice');
  });
  it('keeps the same phrase when the company is the subject', () => {
    expectShown('We collect data about your Internet activity and use it to target you with ads.', 'Internet activity');
    expectShown('Some DNS providers sell data, and we use data about your Internet activity to target you with ads.', 'Internet activity');
  });
});
