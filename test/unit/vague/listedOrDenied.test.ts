// A list of the data given below as headed parts or labelled paragraphs (listFollows.ts), an open
// list inside a denial, and a negation that stops where a new clause with its own subject starts
// (negation.ts). Each pair: a sentence the check lowers and a similar one it must keep; each
// lowering test fails without its check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a list of the data given as headed parts or labelled paragraphs', () => {
  it('lowers the phrase when the next sentence leads into labelled paragraphs', () => {
    const text = 'OPF processes a minimal amount of personal data. We process the following personal data.\n\n**IP address** : Your IP address is processed when you visit the market.\n';
    expectLowered(text, 'minimal amount of', 'listed-below');
  });
  it('lowers the phrase when a one-line paragraph right after leads into headed parts', () => {
    const text =
      'Only if you agree will certain data about your use of the app be transmitted.\n\nThe data processed by the app can be grouped into the following categories:\n\n### a. Access data\n\nEvery time the app connects, the server logs your IP address.\n';
    expectLowered(text, 'certain data', 'listed-below');
  });
  it('keeps the phrase when the heading below only starts another part of the policy', () => {
    const text = 'We may use certain data to keep you informed. Please see the section below for more information.\n\n## What are your rights?\n\nYou have the right to object.\n';
    expectShown(text, 'certain data');
    const later =
      'Only if you agree will certain data about your use of the app be transmitted.\n\nThe app also offers other features.\n\n### a. Access data\n\nEvery time the app connects, the server logs your IP address.\n';
    expectShown(later, 'certain data');
  });
});

describe('context: an open list inside a denial', () => {
  it('lowers "personal information such as" after "do not"', () => {
    expectLowered('We do not link this information to any of your personal information such as your user name.', 'personal information such as', 'negated');
  });
  it('keeps it when the sentence affirms', () => {
    expectShown('We link this information to your personal information such as your user name.', 'personal information such as');
  });
});

describe('context: a negation stops where a new clause with its own subject starts', () => {
  it('still lowers a phrase the negation reaches over a list of verbs', () => {
    expectLowered('We do not sell, rent or trade your personal data with third parties.', 'third parties', 'negated');
  });
  it('keeps the main clause after a negated condition', () => {
    expectShown('If we cannot reach you by email, we may share your data with third parties.', 'third parties');
  });
});
