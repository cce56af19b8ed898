// Context check for an open alternative bound to the user's consent (consentAlternative.ts), judged
// on the development set: a sentence the check lowers and a similar one without the consent, which
// it must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: an open alternative that needs the user’s consent', () => {
  it('lowers "or otherwise" followed by "with your consent"', () => {
    expectLowered('We share your personal data with the third parties listed below for the purposes described in this policy or otherwise with your consent.', 'or otherwise', 'permission-needed');
  });
  it('keeps "or otherwise" without the consent', () => {
    expectShown('We share your personal data with the third parties listed below for the purposes described in this policy or otherwise.', 'or otherwise');
  });
});
