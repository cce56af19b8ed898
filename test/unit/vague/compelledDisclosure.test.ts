// A disclosure the law compels, with the legal instruments named after the phrase
// (compelledDisclosure.ts). Each pair: a sentence the check lowers and a similar one it must keep;
// the lowering test fails without it.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a disclosure compelled by a named legal instrument', () => {
  it('lowers the law, the authority and the data disclosed', () => {
    const sentence = 'We will disclose personally identifying information to government authorities if required to do so by law, for example to comply with a subpoena or court order.';
    expectLowered(sentence, 'government authorities', 'compelled-disclosure');
    expectLowered(sentence, 'required to do so by law', 'compelled-disclosure');
    expectLowered('We disclose other information we collect about you in response to a valid subpoena or warrant.', 'other information', 'compelled-disclosure');
  });
  it('keeps them without an instrument, and keeps other recipients and the discretion beside it', () => {
    expectShown('We will disclose personally identifying information to government authorities if required to do so by law.', 'government authorities');
    expectShown('We will disclose personally identifying information to government authorities if required to do so by law.', 'required to do so by law');
    expectShown('We disclose information to other third parties or in the good faith belief that it is necessary to comply with a subpoena.', 'third parties');
  });
});
