// Context check for "subject to change" in a sentence not about data (aboutData.ts,
// DATA_BOUND_RULES), judged on the development set: a sentence the check lowers and similar ones
// about the policy or data that it must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: "subject to change" in a sentence not about data', () => {
  it('lowers it where the sentence says nothing about data, the policy or the account', () => {
    expectLowered('Please note that entry rules are subject to change and additional rules may apply in the destination country.', 'subject to change', 'not-about-data');
  });
  it('keeps it where what changes is the policy or data handling', () => {
    expectShown('Please note that this privacy policy is subject to change.', 'subject to change');
    expectShown('The list of our service providers is subject to change.', 'subject to change');
  });
});
