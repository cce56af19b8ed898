// English patterns added for generalisable miss families of issue #12 (wording common in privacy
// policies that the catalogue missed on the development set): each with a sentence it flags and a
// near one it leaves alone. Every "flagged" case fails without its pattern.
import assert from 'node:assert/strict';
import { itFlagsEachCase, lintProse, type RuleCase } from './ruleCases';

const cases: RuleCase[] = [
  {
    rule: 'information-about-your-use',
    flagged: [
      // Begins at "usage", so the off rule usage-data's shorter match no longer hides it.
      ['As administrators of the forum, we have access to usage information regarding your interactions with it.', 'usage information regarding your interactions'],
      ['We collect information relating to your use of the website to fix errors.', 'information relating to your use'],
    ],
    notFlagged: ['We use information about the weather to plan events.', 'We collect information relating to your order to ship it.'],
  },
  {
    rule: 'safety-of-others',
    flagged: [
      ['We disclose data to protect the rights, property or safety of our users or others.', 'safety of our users or others'],
      ['We disclose data to protect Acme, our users or others.', 'our users or others'],
    ],
    notFlagged: ['Our users and their guests can join the forum.', 'We help others to learn.'],
  },
  {
    rule: 'other-means',
    flagged: [['We protect your data with encryption and other safeguards.', 'and other safeguards']],
    notFlagged: ['Other safeguards are listed in the table below.', 'We protect your data with encryption.'],
  },
  {
    rule: 'other-unlawful-activity',
    flagged: [
      ['We will share your data if required by law, to prevent fraud or other crime.', 'or other crime'],
      ['We may disclose data to investigate fraud or other unlawful activity.', 'or other unlawful activity'],
    ],
    notFlagged: ['We report fraud to the police.', 'We may disclose data to investigate fraud or abuse of the service.'],
  },
  {
    rule: 'other-sources',
    flagged: [['We may obtain data from LinkedIn, GitHub or other public social media profiles.', 'other public social media profiles']],
    notFlagged: ['We may obtain data from your public GitHub profile.'],
  },
  {
    rule: 'unnamed-countries',
    flagged: [
      ['Your data may be transferred to third countries, in particular the US.', 'third countries'],
      ['We store data on servers located in various countries.', 'located in various countries'],
    ],
    notFlagged: ['You have the right to know whether your data are transferred to a third country.', 'We have users from different countries and regions with different privacy expectations.'],
  },
  {
    rule: 'public-authorities',
    flagged: [['We may pass your data on to the authorities.', 'to the authorities']],
    notFlagged: ['The authorities are named in section 4.', 'Statistics allow the authorities to respond more quickly.'],
  },
  {
    rule: 'some-of',
    flagged: [['Nearly every visitor request is logged with your IP address.', 'Nearly every']],
    notFlagged: ['Every visitor request is logged with your IP address.', 'We log nearly everything.'],
  },
  {
    rule: 'improve-services',
    flagged: [
      ['This information helps us improve the quality of our services.', 'improve the quality of our services'],
      ['We use data to help us provide better services.', 'provide better services'],
      ['We use data to make our services better.', 'make our services better'],
    ],
    notFlagged: ['We check the quality of our translations before we publish them.'],
  },
  {
    rule: 'understand-behaviour',
    flagged: [
      ['We use data to monitor and analyze usage and trends.', 'analyze usage and trends'],
      ['We use data to generate insights.', 'generate insights'],
    ],
    notFlagged: ['We analyze usage of disk space on our servers to plan capacity.'],
  },
  {
    rule: 'service-providers',
    flagged: [['We share data with companies that provide services on our behalf.', 'companies that provide services on our behalf']],
    notFlagged: ['We share data with the companies you choose to connect.'],
  },
  {
    rule: 'internal-purposes',
    flagged: [['We may use your data for internal analysis.', 'for internal analysis']],
    notFlagged: ['An independent auditor reviews our analysis.'],
  },
  {
    rule: 'consent-by-use',
    flagged: [['Your use of the Service indicates your acceptance of this policy.', 'indicates your acceptance']],
    notFlagged: ['Please confirm your email address to finish signing up.'],
  },
  {
    rule: 'sole-discretion',
    flagged: [
      ['We may remove content in our sole judgment.', 'in our sole judgment'],
      ['We may remove content in our judgment.', 'in our judgment'],
    ],
    notFlagged: ['We use our judgment to pick the best talks.'],
  },
  {
    rule: 'operational-purposes',
    flagged: [
      ['We use data for business development.', 'business development'],
      ['We use data to grow our business.', 'grow our business'],
    ],
    notFlagged: ['Our business development team may contact you at the email address you gave us.'],
  },
  {
    rule: 'better-understand',
    flagged: [['We use data to serve you better.', 'serve you better']],
    notFlagged: ['We serve you coffee at the event.'],
  },
  {
    rule: 'trusted-partners',
    flagged: [['We share data with selected companies.', 'selected companies']],
    notFlagged: ['We share data with the companies you select.'],
  },
  {
    rule: 'operational-purposes',
    flagged: [['We share data with vendors who assist us in operating our site, conducting our business, or servicing you.', 'conducting our business']],
    notFlagged: ['We share data with vendors who help us host the site.'],
  },
  {
    rule: 'protect-our-rights',
    flagged: [['We may release your information to enforce our site policies, or protect ours or others rights, property, or safety.', 'protect ours or others rights']],
    notFlagged: ['You can protect your rights by writing to us.'],
  },
  {
    rule: 'improve-services',
    flagged: [
      ['We use Google Analytics to help us make improvements.', 'help us make improvements'],
      ['Feedback lets us make improvements to our website.', 'make improvements to our website'],
    ],
    notFlagged: ['We made improvements to the privacy of this page in 2024.'],
  },
  {
    rule: 'designed-to',
    flagged: [['The company takes measures to help protect your personal information.', 'measures to help protect']],
    notFlagged: ['The company takes measures to protect your personal information.'],
  },
  {
    rule: 'unnamed-some-various',
    // Not "We collect information about you in various ways": the ways of collecting are an introduction (adjudicated.jsonl, waysCounted.ts).
    flagged: [['We use information about you in various ways when you use our services.', 'in various ways']],
    notFlagged: ['We collect information about you when you register.'],
  },
  {
    rule: 'internal-purposes',
    flagged: [['We use your IP address for security and technical analyses.', 'technical analyses']],
    notFlagged: ['We use your IP address for security.'],
  },
  {
    rule: 'understand-behaviour',
    flagged: [
      ['We use web beacons to count visits and understand usage and campaign effectiveness.', 'understand usage and campaign effectiveness'],
      ['We use cookies to measure the effectiveness of our advertising.', 'measure the effectiveness of our advertising'],
    ],
    notFlagged: ['We use cookies to count visits.'],
  },
  {
    rule: 'send-you-information',
    flagged: [['The email address you provide may be used to send you information, notifications and replies.', 'send you information']],
    notFlagged: ['We use your email address to send you information about your order.', 'We use your email address to answer your questions.'],
  },
  {
    rule: 'strong-security',
    flagged: [['Our staff work under strict internal data-handling policies.', 'strict internal data-handling policies']],
    notFlagged: ['Our staff follow the data-handling policy published on this page.'],
  },
  {
    rule: 'material-changes',
    flagged: [['We will email you about changes that we believe will substantially alter your rights.', 'substantially alter']],
    notFlagged: ['We will email you about every change to this policy.'],
  },
  {
    rule: 'unnamed-some-various',
    flagged: [
      ['Some councils use FixMyStreet on their own websites.', 'Some councils'],
      ['We may share reports with certain government agencies.', 'certain government agencies'],
    ],
    notFlagged: ['The councils listed below use FixMyStreet on their own websites.'],
  },
  {
    rule: 'broad-data-such-as',
    flagged: [['Google Analytics stores information such as what pages you visit.', 'stores information such as']],
    notFlagged: ['Google Analytics stores the pages you visit.'],
  },
  {
    rule: 'business-purposes',
    flagged: [['The agency may keep the information for longer if it is required for business use.', 'required for business use']],
    notFlagged: ['The app is free for personal and business use.'],
  },
  {
    rule: 'as-long-as-necessary',
    flagged: [['We retain data for the period necessary.', 'for the period necessary']],
    notFlagged: ['We retain data for the period of 30 days.'],
  },
  {
    rule: 'research-and-development',
    flagged: [
      ['We use your information to answer your questions and for research.', 'for research'],
      ['We use your data in research activities, including statistical reports.', 'research activities'],
    ],
    notFlagged: ['We sometimes share data with universities for research. This data is completely anonymised.', 'You may import data from research studies you took part in.'],
  },
  {
    rule: 'operational-purposes',
    flagged: [
      ['We use your personal information to manage our customer relationships.', 'manage our customer relationships'],
      ['We use your data to maintain our business relationship.', 'maintain our business relationship'],
      ['We use data for administrative, security and fraud prevention purposes.', 'for administrative'],
    ],
    notFlagged: ['We use administrative, technical and physical safeguards to protect your data.', 'Our relationship with you is governed by the terms of use.'],
  },
  {
    rule: 'other-purposes',
    flagged: [
      ['We use your data as described in this notice or as otherwise disclosed at the time of collection.', 'disclosed at the time of collection'],
      ['We may use your data for any other purpose described to you at the time the information was collected.', 'described to you at the time the information was collected'],
    ],
    notFlagged: ['We record the date at the time of collection.'],
  },
  {
    rule: 'safety-of-others',
    flagged: [
      ['We share data to protect the rights of our employees, users, or other individuals.', 'or other individuals'],
      ['We disclose data to protect our, your or others’ rights, privacy or safety.', 'others’ rights'],
    ],
    notFlagged: ['You can present your certificate to other persons who need to check it.'],
  },
  {
    rule: 'online-activity',
    flagged: [
      ['We also collect information relating to the actions that you perform while logged in.', 'information relating to the actions that you perform'],
      ['Your username may be shared publicly, as well as activity under your profile.', 'activity under your profile'],
    ],
    notFlagged: ['We collect the name you perform under at the event.', 'Your username is shown under your profile picture.'],
  },
  {
    rule: 'material-changes',
    flagged: [['A notice will be posted whenever this statement is changed in a material way.', 'in a material way']],
    notFlagged: ['A notice will be posted whenever this statement is changed.'],
  },
];

cases.push(
  {
    rule: 'better-understand',
    flagged: [['We use this data to better understand who our users are.', 'better understand who our users are']],
    notFlagged: ['We want to understand who our users are talking to when they report abuse.'],
  },
  {
    rule: 'understand-behaviour',
    flagged: [['The analytics help us understand the usage trends of our users.', 'understand the usage trends of']],
    notFlagged: ['We publish the usage statistics of the mirror network.'],
  },
  {
    rule: 'relevant-content',
    flagged: [
      ['We use cookies to deliver and target advertising.', 'deliver and target advertising'],
      ['Google Analytics lets us serve You with ads on third-party websites.', 'serve You with ads on third-party websites'],
    ],
    notFlagged: ['We do not show ads on our site.'],
  },
);

describe('English rules: patterns for the generalisable miss families of #12', () => {
  itFlagsEachCase(cases);
});

// Rules with fewer than 10 judged findings take their category's measured tier (npm run bench:quality --
// --propose, 2026-12-07); rules with 10 or more take their own (2026-12-07): "agreement-by-use" (20/21) is now a warning,
// "designed-to" (5/10) a hint. "legitimate-interests" stays information by decision (see its rule).
const categoryTier: [string, string, string][] = [
  ['material-changes', 'We will email you about material changes to this policy.', 'warning'],
  ['agreement-by-use', 'By visiting our website you are accepting the practices described here.', 'warning'],
  ['send-you-information', 'The email address you provide may be used to send you information.', 'information'],
  ['designed-to', 'The company takes measures to help protect your personal information.', 'hint'],
  ['legitimate-interests', 'We process your data on the basis of our legitimate interests.', 'information'],
];

describe('English rules: a rule shows at the tier its measured precision earns (#12)', () => {
  for (const [rule, text, severity] of categoryTier) {
    it(`${rule} is ${severity === 'warning' ? 'a warning' : severity}`, () => {
      const finding = lintProse(text).find((f) => f.ruleId === rule);
      assert.ok(finding, `${rule} should flag: ${text}`);
      assert.equal(finding.severity, severity, `${rule} in: ${text}`);
    });
  }
});
