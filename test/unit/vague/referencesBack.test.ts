// Phrases that point back at what the text just said (referencesBack.ts): "these special
// circumstances", "some of these tools", and "A, B, C and similar"; and the policy announcing what
// it covers (policyOverview.ts). Each pair: a sentence the check lowers and a similar one it must
// keep; each lowering test fails without its check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a phrase that refers back to what was just described', () => {
  it('lowers "these special circumstances" and "some of these"', () => {
    expectLowered('We respond to court orders and subpoenas. These special circumstances may require us to disclose personal information.', 'special circumstances', 'refers-back');
    expectLowered('We use GitHub, Google Docs and Eventbrite. Some of these tools may collect your email address.', 'some of these', 'refers-back');
  });
  it('keeps the phrase when it points at nothing', () => {
    expectShown('In special circumstances we may disclose personal information.', 'special circumstances');
    expectShown('Some of our tools collect your email address.', 'some of our');
  });
});

describe('context: "and similar" closing a list of specific items', () => {
  it('lowers it after three or more items', () => {
    expectLowered('Our profiles on Twitter, Facebook, YouTube and similar sites are run by us.', 'and similar', 'examples-before');
    expectLowered('We disclose data in response to a subpoena, court order, warrant, or similar government order.', 'or similar', 'examples-before');
  });
  it('keeps it after one item', () => {
    expectShown('We share your data with advertisers and similar companies.', 'and similar');
  });
});

describe('context: the policy announcing what it covers', () => {
  it('lowers a phrase in "This privacy policy explains/describes how we …"', () => {
    expectLowered(
      'This privacy policy applies to all users of example.com and describes how we collect information through the use of cookies and related technologies.',
      'related technologies',
      'policy-overview',
    );
  });
  it('keeps the phrase where the company itself says it does so', () => {
    expectShown('We collect information through the use of cookies and related technologies.', 'related technologies');
    expectShown('As this policy explains, we share your data. We collect information through cookies and related technologies.', 'related technologies');
  });
});

describe('context: a list below that names what the phrase leaves open', () => {
  it('lowers a phrase whose sentence, or the next one, leads into a specific list', () => {
    expectLowered('All relevant data is stored on your device:\n\n- chat histories\n- contacts\n', 'relevant data', 'listed-below');
    expectLowered('We process a minimal amount of personal data. We process the following personal data:\n\n- your e-mail address\n- your wallet address\n', 'minimal amount of', 'listed-below');
  });
  it('keeps it when the list gives examples, purposes or vague items', () => {
    expectShown('We engage a number of service providers. For instance, we currently use the following:\n\n- Stripe\n- Fastly\n', 'a number of');
    expectShown('We use cookies and other tracking technologies for:\n\n- session management\n- analytics\n', 'other tracking technologies');
    expectShown('We share certain data with:\n\n- service providers\n- partners\n', 'certain data');
  });
});
