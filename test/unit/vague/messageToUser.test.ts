// Context check for a vague time or legal ground for writing to the user (messageToUser.ts),
// judged on the development set: sentences the check lowers and similar ones about data that it
// must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a vague time, legal ground or hedge for writing to the user', () => {
  it('lowers the phrase when what follows is a message sent to the user', () => {
    expectLowered('For legal reasons, a confirmation e-mail will be sent to the e-mail address you entered.', 'legal reasons', 'message-to-you');
    expectLowered('PostHog may occasionally send you an email about new features.', 'occasionally', 'message-to-you');
  });
  it('keeps the phrase when what follows does something with the user’s data', () => {
    expectShown('For legal reasons, your e-mail address will be sent to the authorities.', 'legal reasons');
    expectShown('PostHog may occasionally share your email address with its partners.', 'occasionally');
  });
  it('lowers a hedge about how the company reaches the user, not one about the user’s data', () => {
    expectLowered('If we cannot reach you by email, we reserve the right to contact you by other means, including postal mail.', 'reserve the right', 'message-to-you');
    expectShown('We reserve the right to share your contact details with other companies.', 'reserve the right');
  });
});

describe('context: how often the user is written to (fp12l)', () => {
  it('lowers a vague time between “send you” and the message', () => {
    expectLowered('We use this information to acknowledge your donation and send you occasional solicitations and newsletters.', 'occasional', 'message-to-you');
  });
  it('keeps it when what is sent is not a message to the user', () => {
    expectShown('We use this information to send occasional reports about you to our partners.', 'occasional');
  });
});
