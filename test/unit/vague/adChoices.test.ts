// Issue #12 (first lint of batch-26a/26b): advertising named as what the user can opt out of, limit
// or choose (adChoices.ts). Each lowering test fails without the check; each keeping test is the
// same advertising as a use the company declares.
import { expectLowered, expectShown } from './contextExpect';

describe('context: advertising the user can opt out of', () => {
  it('lowers an advertising purpose in a sentence about the user’s opt-out or choices', () => {
    expectLowered('You can opt out of interest-based targeted advertising for some advertising partners here.', 'targeted advertising', 'user-rights');
    expectLowered('If you choose to opt-out of targeted advertisements, you will still see advertisements online but they may not be relevant to you.', 'targeted advertisements', 'user-rights');
    expectLowered(
      'Companies may be members of programs that provide choices to individuals regarding the use of their browsing behavior for purposes of targeted advertising.',
      'browsing behavior',
      'user-rights',
    );
    expectLowered('You can object to the further use of your Personal Data for certain purposes, such as for direct marketing purposes.', 'marketing purposes', 'user-rights');
  });
  it('keeps the same purposes where the company says it uses data for them', () => {
    expectShown('We use your browsing behaviour for purposes of targeted advertising.', 'targeted advertising');
    expectShown('We share your browsing behavior with our partners to show you targeted advertisements.', 'targeted advertisements');
    expectShown('We use the information for direct marketing purposes.', 'marketing purposes');
  });
});
