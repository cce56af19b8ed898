// Context check for a sentence that says it repeats the policy's earlier words (saidAbove.ts, which also reads a pointer back in the clause), judged
// on the development set: a sentence the check lowers and the same statement without the pointer,
// which it must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a sentence that restates what the policy said before', () => {
  it('lowers the phrases of a sentence opening with "As we mentioned,"', () => {
    expectLowered('As we mentioned, we may share some information with third party vendors.', 'may share', 'said-above');
    expectLowered('As stated above, we may share some information with third party vendors.', 'some information', 'said-above');
  });
  it('keeps the same statement made for the first time', () => {
    expectShown('We may share some information with third party vendors.', 'may share');
    expectShown('As we grow, we may share some information with third party vendors.', 'some information');
  });
});
