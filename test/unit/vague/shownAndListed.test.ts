// A recipient the app shows the user before the data goes (shownBeforeTransfer.ts), and a hedge that
// leads into a list the same sentence gives (inlineList.ts). Each pair: a sentence the check lowers and a
// similar one it must keep; each lowering test fails without its check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a recipient shown to the user before the data goes', () => {
  it('lowers it when the specific recipient is displayed in the app', () => {
    const text = 'Your booking information is transmitted to a verification partner. The specific verification partner is displayed in the app before transmitting the information.';
    expectLowered(text, 'partner', 'shown-before-transfer');
  });
  it('keeps it when nothing is shown', () => {
    expectShown('Your booking information is transmitted to a verification partner. The information is deleted after the check.', 'partner');
  });
});

describe('context: a hedge that leads into a list given in the same sentence', () => {
  it('lowers "may include the following:" before concrete items', () => {
    expectLowered('It may include the following: first name, last name; company name; company size.', 'may include', 'listed-inline');
  });
  it('keeps it before a vague first item or without a list', () => {
    expectShown('It may include the following: other data, usage details; company size.', 'may include');
    expectShown('It may include your name and other details we find useful.', 'may include');
  });
});
