// Correcting or removing wrong data (accuracyUpkeep.ts), judged on the development set: a sentence
// the check lowers and similar ones it must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: keeping the data accurate', () => {
  it('lowers when and at whose discretion wrong data is corrected', () => {
    const text = 'We may rectify, update or remove incomplete or inaccurate information, at any time and at our own discretion.';
    expectLowered(text, 'at any time', 'accuracy-upkeep');
    expectLowered(text, 'at our own discretion', 'accuracy-upkeep');
  });
  it('keeps it when data is passed on, or when the data is not called wrong', () => {
    expectShown('We may update inaccurate information and share it with partners at any time and at our own discretion.', 'at our own discretion');
    expectShown('We may update or remove your information, at any time and at our own discretion.', 'at our own discretion');
  });
});
