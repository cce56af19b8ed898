// Unspecific data whose only predicate is its deletion (deletedOutright.ts), judged on the development
// set: a sentence the check lowers and similar ones it must keep; the lowering test fails without it.
import { expectLowered, expectShown } from './contextExpect';

describe('context: data that is simply deleted', () => {
  it('lowers unspecific data the sentence only deletes', () => {
    expectLowered('When you delete your account, the user ID is replaced with a random username. All other personal data is deleted.', 'other personal data', 'deleted-outright');
  });
  it('keeps a hedged deletion, or data that is also used', () => {
    expectShown('When you delete your account, all other personal data may be deleted.', 'other personal data');
    expectShown('All other personal data is deleted or shared with our partners.', 'other personal data');
  });
});
