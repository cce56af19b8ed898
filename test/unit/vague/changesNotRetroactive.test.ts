// A policy change the policy says will not reach back (changesNotRetroactive.ts), judged on the
// development set: sentences the check lowers and similar ones it must keep; the lowering test
// fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: policy changes that will not be retroactive', () => {
  it('lowers when the policy changes if the changes do not reach data already given', () => {
    const text = 'We may revise this policy from time to time. The changes will not be retroactive, and the most current version of this policy will govern our relationship with you.';
    expectLowered(text, 'may revise', 'not-retroactive');
    expectLowered(text, 'from time to time', 'not-retroactive');
    expectLowered(
      'We may update our privacy policy from time to time. Any changes will only apply to information collected after the posted date of the change.',
      'from time to time',
      'not-retroactive',
    );
  });
  it('keeps policy changes without that promise, and other sentences beside one', () => {
    expectShown('We may revise this policy from time to time. The most current version of this policy will govern our relationship with you.', 'from time to time');
    expectShown('We may revise this policy from time to time. Refunds will not be retroactive.', 'may revise');
    expectShown('We may share your data with partners from time to time. Changes to this policy will not be retroactive.', 'from time to time');
  });
});
