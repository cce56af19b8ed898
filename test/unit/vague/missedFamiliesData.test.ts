// English patterns added for miss families of issue #12 in unspecific data and vague quantity (wording
// that recurs across policies and that the catalogue missed on the development set): each with sentences
// it flags and near ones it leaves alone. Every "flagged" case fails without its pattern.
import { itFlagsEachCase, type RuleCase } from './ruleCases';

const cases: RuleCase[] = [
  {
    rule: 'other-data-of-a-kind',
    flagged: [
      ['Crash reports contain a stack trace, the app version and other diagnostic data.', 'and other diagnostic data'],
      ['The server log may hold your IP address or other identifying information.', 'or other identifying information'],
      ['We note the time of each request, the referring page and other such information.', 'and other such information'],
    ],
    notFlagged: ['Diagnostic data and other information you send us are kept for 30 days.', 'Other diagnostic data is described in the table below.'],
  },
  {
    rule: 'online-activity',
    flagged: [['We record the pages you open, the buttons you press and other actions you take in the app.', 'other actions you take in']],
    notFlagged: ['Other actions you take are up to you.', 'You can undo the actions you take in the app.'],
  },
  {
    rule: 'certain-information',
    flagged: [
      ['We keep certain personally identifiable information after you close your account.', 'certain personally identifiable information'],
      ['Our partners receive certain kinds of usage data when you open the app.', 'certain kinds of usage data'],
      ['Some billing details are kept by our payment provider.', 'Some billing details'],
    ],
    notFlagged: ['We keep your name and email address after you close your account.', 'Our partners receive the number of app starts per day.'],
  },
  {
    rule: 'some-of',
    flagged: [['In exchange for passing on your details we may receive some form of compensation.', 'some form of compensation']],
    notFlagged: ['In exchange for passing on your details we receive 2 euros per record.', 'Some forms of the website ask for your email address.'],
  },
  {
    rule: 'industry-standard',
    flagged: [
      ['Our team follows standard practices to protect the records we hold.', 'follows standard practices'],
      ['Messages sent through the form are handled with standard security practices.', 'standard security practices'],
    ],
    notFlagged: ['We rely on standard contractual clauses for these transfers.', 'The standard plan includes five projects.'],
  },
  {
    rule: 'kinds-of-safeguards',
    flagged: [
      ['We maintain physical, electronic, and procedural safeguards to protect your account.', 'and procedural safeguards'],
      ['Our staff apply administrative, technical and physical controls to guard stored records.', 'and physical controls'],
    ],
    notFlagged: [
      // Two kinds only: the GDPR's own "technical and organisational measures" (Art. 32).
      'We apply technical and organisational measures to protect your data.',
      'Access to the building is restricted, and procedural safeguards are reviewed every year.',
    ],
  },
];

describe('English rules: patterns for miss families of #12 in unspecific data and vague quantity', () => {
  itFlagsEachCase(cases);
});
