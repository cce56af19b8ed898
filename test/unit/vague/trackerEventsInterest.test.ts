// Issue #12 (fp12h): false positives of the enlarged development set. A tracker's textbook definition
// (trackerDefinition.ts), corporate events named in a transfer clause (corporateEvents.ts), a
// legitimate interest stated in words the older check missed (interestAsserted.ts), and vague data the
// next sentence lists (includesNext.ts). Each lowering test fails without its check; each keeping test
// is a near sentence the check must leave alone.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a tracking technology defined in general', () => {
  it('lowers a phrase in the definition of cookies or web beacons', () => {
    expectLowered('Cookies are small data files placed on your computer by websites you visit in order to help them remember certain information about you.', 'certain information', 'tracker-defined');
    expectLowered('Cookies are small files that a site or its service provider transfers to your computer through your Web browser.', 'service provider', 'tracker-defined');
    expectLowered('We use them on our pages. Web beacons are electronic images that may be used on our Sites, in our Services or in our emails.', 'may be used', 'tracker-defined');
    expectLowered('A cookie is a small amount of data that is sent to your browser from a Web server and stored on your hard drive.', 'small amount of', 'tracker-defined');
  });
  it('keeps the phrase when the sentence says what the company does with them', () => {
    expectShown('We use cookies to remember certain information about you.', 'certain information');
    expectShown('These cookies are small files that we share with our service provider.', 'service provider');
    expectShown('Web beacons may be used on our Sites, in our Services or in our emails.', 'may be used');
    expectShown('We store a small amount of data in your browser.', 'small amount of');
    expectShown('Cookies are small text files that we and our advertising partners place on your device to remember certain information about you.', 'certain information');
  });
});

describe('context: corporate events named in a transfer clause', () => {
  it('lowers the named event and the hedge on the transfer', () => {
    const clause = 'If Open Humans is involved in a reorganization, merger, acquisition or sale of our assets, your personal information may be transferred to another entity as part of that deal.';
    expectLowered(clause, 'merger', 'corporate-events-named');
    expectLowered(clause, 'may be transferred', 'corporate-events-named');
    expectLowered(
      'We may also share your information in connection with any merger, sale of company assets, financing or acquisition of all or a portion of our business to another company.',
      'merger',
      'corporate-events-named',
    );
  });
  it('keeps the catch-all, a single event, and a hedge the event does not condition', () => {
    expectShown('We may share your information in connection with a corporate transaction, merger or acquisition.', 'corporate transaction');
    expectShown('In connection with a merger, your personal information may be transferred to another entity.', 'merger');
    expectShown('Your personal information may be transferred to partners for marketing, and in a merger or acquisition.', 'may be transferred');
  });
});

describe('context: a legitimate interest asserted in the next sentence or a table cell', () => {
  it('lowers the bare basis when the interest follows', () => {
    expectLowered(
      'For these functions, we are processing your data under the legal basis 6(1)(f) – legitimate interests. We assert that we have a legitimate charitable interest in giving people an easy and public way to report street problems.',
      'legitimate interests',
      'interest-stated',
    );
    expectLowered('| visit | IP, Log | Security | 3 years | visitors | Legitimate interest: security |\n', 'Legitimate interest', 'interest-stated');
  });
  it('keeps the basis when no interest is said', () => {
    expectShown('For these functions, we are processing your data under the legal basis 6(1)(f) – legitimate interests. We take the privacy of our users seriously.', 'legitimate interests');
    expectShown('We rely on our legitimate interest in processing your data for these functions.', 'legitimate interest');
    expectShown('| visit | IP, Log | Security | 3 years | visitors | Legitimate interest | contributor |\n', 'Legitimate interest');
  });
});

describe('context: vague data the next sentence lists', () => {
  it('lowers the data when the next sentence says what it includes', () => {
    expectLowered(
      'We receive some information automatically when you visit Open Humans. This includes information about the device, browser, and operating system you use, your IP address, and the date and time of each request.',
      'some information',
      'listed-next',
    );
  });
  it('keeps it when the next sentence gives examples or leaves the list open', () => {
    expectShown('We receive some information automatically when you visit Open Humans. This includes, for example, your IP address and the pages you visit.', 'some information');
    expectShown('We receive some information automatically when you visit Open Humans. This includes your IP address, the pages you visit and other information.', 'some information');
    expectShown('We receive some information automatically when you visit Open Humans.\n\nThis includes your IP address, the pages you visit and your browser.', 'some information');
  });
});

describe('context: vague data or a hedge the policy points to below', () => {
  it('lowers the phrase when its sentence or the next says the data is listed below', () => {
    expectLowered(
      'Certain information is already processed automatically as soon as you use the app. We have listed below which personal data is processed exactly:\n\nWhen you download the app, your username and the time of the download are sent to the app store.',
      'Certain information',
      'listed-below',
    );
    expectLowered(
      'Below, we list the cookies and services that this site can use.\n\n| Name | Typical Content | Expires |\n|---|---|---|\n| session | A random identifier | When the browser is closed |\n',
      'can use',
      'listed-below',
    );
  });
  it('keeps it when the pointer excludes what is listed, or points at something else', () => {
    expectShown(
      'Certain information is already processed automatically as soon as you use the app. We do not share it for purposes other than those listed below.\n\nWe share it with our host.',
      'Certain information',
    );
    expectShown('Certain information is already processed automatically as soon as you use the app. You can contact us at the address below.\n\nExample Ltd, 1 Main Street.', 'Certain information');
    expectShown(
      'We may use your data for marketing. Below, we list the cookies and services that this site sets.\n\n| Name | Expires |\n|---|---|\n| session | When the browser is closed |\n',
      'may use',
    );
  });
});

describe('context: data plainly said to be kept without limit', () => {
  it('lowers “indefinitely” in a flat statement or a retention cell', () => {
    expectLowered('All content sent to mailing lists is archived indefinitely.', 'indefinitely', 'kept-without-limit');
    expectLowered('| Scanning a product | IP address | usage statistics | indefinitely | Technical administrators |\n', 'indefinitely', 'kept-without-limit');
  });
  it('keeps it when the keeping is hedged or the data left open', () => {
    expectShown('We may retain certain User Personal Information indefinitely.', 'indefinitely');
    expectShown('We keep some of the content sent to mailing lists indefinitely.', 'indefinitely');
    expectShown('Content sent to mailing lists may be archived indefinitely.', 'indefinitely');
  });
  it('lowers a hedged keeping whose reason follows, and a plain one after the user’s own condition (fp12l)', () => {
    expectLowered('This data may be stored indefinitely so we can refer to it when running future events.', 'indefinitely', 'kept-without-limit');
    expectLowered('We may store the data described above indefinitely in order to power our research reports.', 'indefinitely', 'kept-without-limit');
    expectLowered('## Talks\nIf your talk submission is successful, your name and talk description will be displayed indefinitely on the schedule.', 'indefinitely', 'kept-without-limit');
  });
  it('keeps a hedged keeping of data left open, or one under a condition of the company’s', () => {
    expectShown('We may retain limited personal information indefinitely in order to ensure transactional integrity.', 'indefinitely');
    expectShown('Some data may be stored indefinitely so we can refer to it later.', 'indefinitely');
    expectShown('If we need to, your name will be displayed indefinitely on the schedule.', 'indefinitely');
    expectShown('Your name may be displayed indefinitely on the schedule.', 'indefinitely');
  });
});

describe('context: a policy change announced a set time ahead', () => {
  it('lowers the right to change the policy when a dated notice is promised', () => {
    const passage =
      'We may revise this Data Use Policy from time to time. The most current version will always be on our site. If we make changes that we believe will substantially alter your rights, we will email you and prominently display a notice on our site 7 days before we make those changes.';
    expectLowered(passage, 'may revise', 'notice-ahead');
    expectLowered(passage, 'from time to time', 'notice-ahead');
    expectLowered(
      'Open Food Facts reserves the right to modify this policy. For each substantial modification, Open Food Facts will inform you at least thirty days before their application.',
      'reserves the right',
      'notice-ahead',
    );
  });
  it('keeps it when only the date changes or the notice is itself hedged', () => {
    expectShown('Gratipay may change this Policy from time to time. If we make any changes to the Policy, we will change the "Last Updated" date above.', 'may change');
    expectShown('Fleet may update this Privacy Policy periodically. For significant changes, Fleet may also provide email notifications 30 days before.', 'may update');
  });
});
