// English patterns for miss families of issue #12 in open lists and unnamed recipients (wording that
// recurs across privacy policies and that the catalogue missed on the development set): each with
// sentences it flags and near ones it leaves alone. Every "flagged" case fails without its pattern.
import assert from 'node:assert/strict';
import { itFlagsEachCase, lintProse, type RuleCase } from './ruleCases';

const cases: RuleCase[] = [
  {
    rule: 'recipients-such-as',
    flagged: [
      // Recipients given only by kind and example: who else receives the data is left open.
      ['We send your order details to 3rd party platforms such as our shop and shipping tools.', '3rd party platforms such as'],
      ['We may also receive information about you from third-parties such as our referral partners.', 'third-parties such as'],
      ['Account data is passed to vendors such as payment processors and email providers.', 'vendors such as'],
      ['We share statistics with partners like schools and charities.', 'partners like'],
    ],
    notFlagged: [
      // A contrast, not a recipient.
      'We host our own analytics, unlike platforms such as the big advertising networks.',
      // Recipients listed in full, or one named recipient.
      'We share your data with two third parties: our payment processor and our mail provider.',
      'We share your data with our partner, the city library.',
    ],
  },
  {
    rule: 'service-providers',
    flagged: [
      ['The site or its hosting providers may keep server logs for a few weeks.', 'hosting providers'],
      ['Your files are stored by our cloud hosting provider in the EU.', 'cloud hosting provider'],
    ],
    notFlagged: ['We host the site on our own servers in Lisbon.', 'You can choose your own email client.'],
  },
  {
    rule: 'broad-data-such-as',
    flagged: [
      ['Error reports contain information such as the app version and the state of your device.', 'contain information such as'],
      ['A small script in your browser submits information such as your screen size and language.', 'submits information such as'],
    ],
    notFlagged: ['Error reports contain the app version and the operating system, nothing else.', 'The form submits your question to our help desk.'],
  },
  {
    rule: 'non-exhaustive',
    flagged: [
      ['The uses described here are not intended to be exhaustive.', 'not intended to be exhaustive'],
      ['The table below gives examples of the kinds of data we keep about members.', 'examples of the kinds of'],
    ],
    notFlagged: ['The table below lists the kinds of data we keep about members.', 'This guide is intended to be short.'],
  },
];

describe('English rules: open-list and recipient patterns for the miss families of #12', () => {
  itFlagsEachCase(cases);
});

// The new rule is a squiggle (information), not a hint like "third parties" whose phrase it takes over.
describe('English rules: recipients given by example show at information (#12)', () => {
  it('recipients-such-as is information', () => {
    const text = 'We may also receive information about you from third parties such as data resellers.';
    const finding = lintProse(text).find((f) => f.ruleId === 'recipients-such-as');
    assert.ok(finding, `recipients-such-as should flag: ${text}`);
    assert.equal(finding.severity, 'information');
  });
});
