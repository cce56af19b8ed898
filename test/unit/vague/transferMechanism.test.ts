// Context check for "adequate" beside the legal mechanism for transfers abroad
// (transferMechanism.ts), judged on the development set: sentences the check lowers and a similar
// one without the mechanism that it must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: "adequate" beside the legal mechanism for transfers', () => {
  it('lowers "adequate" in a sentence naming an adequacy decision or Standard Contractual Clauses', () => {
    expectLowered(
      'If we transfer personal information to a country that has not been recognized by the European Commission as providing adequate protection, we will implement safeguards.',
      'adequate',
      'transfer-mechanism',
    );
    expectLowered('We ensure your personal information is adequately protected by safeguards such as Standard Contractual Clauses.', 'adequately', 'transfer-mechanism');
  });
  it('keeps "adequate" as the company’s own claim', () => {
    expectShown('We ensure your personal information is adequately protected by our security measures.', 'adequately');
  });
});
