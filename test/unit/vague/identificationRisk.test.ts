// Warnings that data can point to who the user is (identificationRisk.ts), judged on the development
// set: sentences the check lowers and similar ones it must keep; the lowering test fails without it.
import { expectLowered, expectShown } from './contextExpect';

describe('context: warnings that data can identify the user', () => {
  it('lowers hedges and vague phrases in a warning about being identified', () => {
    expectLowered("Even a tiny amount of location data is enough to give a strong clue to someone's identity.", 'location data', 'identification-risk');
    expectLowered('That combination is often unique, and could be used to identify you.', 'could be used', 'identification-risk');
    expectLowered('The risk of this varies depending on the type of data, but it is often surprisingly easy to identify people.', 'depending on the type of', 'identification-risk');
  });
  it('keeps the same words when the company is the one who acts', () => {
    expectShown('We may use your data to identify you.', 'may use');
    expectShown('Your location data could be used by our partners to identify you.', 'could be used');
    expectShown('Open Humans may use them to figure out who you are.', 'may use');
  });
});
