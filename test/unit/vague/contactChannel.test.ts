// Open lists of the ways the user and the company reach each other (contactChannel.ts), judged on the
// development set: sentences the check lowers and similar ones it must keep; the lowering test fails
// without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: open lists of contact channels', () => {
  it('lowers an open list of ways to reach the user or the company', () => {
    expectLowered('If we cannot reach you by email, we reserve the right to contact you by other means, including postal mail.', 'other means', 'contact-channel');
    expectLowered('You may give us information by filling in forms on our website or by corresponding with us by phone, e-mail or otherwise.', 'or otherwise', 'contact-channel');
    const forums = 'We may use various community websites (Launchpad Answers, Ubuntu Forums, blogs etc.) to communicate this type of information.';
    expectLowered(forums, 'may use', 'contact-channel');
    expectLowered(forums, 'etc.', 'contact-channel');
  });
  it('keeps an open list of what is collected or shared through a channel', () => {
    expectShown('We collect information you give us by phone, e-mail or otherwise.', 'or otherwise');
    expectShown('We may contact you and share your data with partners by other means.', 'other means');
    expectShown('We may use various community websites (forums, blogs etc.) to communicate your personal data to partners.', 'may use');
  });
});
