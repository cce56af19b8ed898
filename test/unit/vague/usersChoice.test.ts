// Issue #12 (fp12l): a phrase that is part of what the user chooses to give, allow or set
// (userChoice.ts). Each lowering test fails without the check; each keeping test is a near sentence
// where the company, not the user, decides.
import { expectLowered, expectShown } from './contextExpect';

describe('context: the user’s own choice', () => {
  it('lowers a hedge or open data the user chooses to give', () => {
    expectLowered(
      'It collects your username for authentication. Additional information may be collected if you choose to fill in optional fields in your user profile.',
      'may be collected',
      'users-choice',
    );
    expectLowered(
      'It collects your username for authentication. Additional information may be collected if you choose to fill in optional fields in your user profile.',
      'additional information',
      'users-choice',
    );
    expectLowered('You also have the option to give us more information if you want to, and this may include your biography.', 'may include', 'users-choice');
  });
  it('lowers recipients or a condition the user sets', () => {
    expectLowered('We may ask if you would like us to share your information with other unaffiliated third parties.', 'unaffiliated third parties', 'users-choice');
    expectLowered('These features share information with your friends or the public, depending on the settings you establish with that service.', 'depending on the settings', 'users-choice');
  });
  it('keeps the phrase when the company decides, or the user only uses the service', () => {
    expectShown('Additional information may be collected when you use our services.', 'may be collected');
    expectShown('If you choose to use our services, we may share your information with other unaffiliated third parties.', 'unaffiliated third parties');
    expectShown('If you decide to fill in your profile, we may share it with unaffiliated third parties.', 'unaffiliated third parties');
    expectShown('These features share information with your friends or the public, depending on the settings we choose.', 'depending on the settings');
  });
});
