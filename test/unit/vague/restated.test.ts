// Context check for a sentence that says it repeats the policy's earlier words (restated.ts), judged
// on the development set: a sentence the check lowers and the same statement without the pointer,
// which it must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a sentence that restates what the policy said before', () => {
  it('lowers the phrases of a sentence opening with "As we mentioned,"', () => {
    expectLowered('As we mentioned, we may share some information with third party vendors.', 'may share', 'restated');
    expectLowered('As stated above, we may share some information with third party vendors.', 'some information', 'restated');
  });
  it('keeps the same statement made for the first time', () => {
    expectShown('We may share some information with third party vendors.', 'may share');
    expectShown('As we grow, we may share some information with third party vendors.', 'some information');
  });
});
