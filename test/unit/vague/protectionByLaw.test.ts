// A level of protection measured by the law (protectionByLaw.ts), judged on the development set:
// a sentence the check lowers and similar ones where the law is a condition on using, sharing or
// asking, which it must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: the law measures the level of protection promised', () => {
  it('lowers the law that sets the level of protection', () => {
    const sentence = 'These measures ensure your personal information receives the same level of protection as required under applicable data-protection laws.';
    expectLowered(sentence, 'as required', 'protection-by-law');
    expectLowered(sentence, 'applicable data-protection laws', 'protection-by-law');
  });
  it('keeps the law as a condition on sharing, keeping or asking for consent', () => {
    expectShown('We may share your personal information with third parties where required by applicable law.', 'where required by applicable law');
    expectShown('We will retain your personal information as required under applicable data-protection laws.', 'applicable data-protection laws');
    expectShown('In some cases, we may ask your consent to use your personal information for certain purposes where required by applicable law.', 'where required by applicable law');
    expectShown('We give your data an appropriate level of protection and delete it as necessary.', 'as necessary');
  });
});
