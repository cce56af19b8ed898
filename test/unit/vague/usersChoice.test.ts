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

describe('context: advice to the user', () => {
  it('lowers a phrase in what the policy advises the user to do', () => {
    expectLowered('Please delete old certificates when you no longer need them for their intended purposes.', 'no longer need them', 'advice-to-user');
    expectLowered('We encourage you to review the Privacy Policy whenever you access the Services or otherwise interact with us.', 'or otherwise', 'advice-to-user');
    expectLowered('Alternatively, you can visit www.aboutcookies.org, which explains how to do this on a wide variety of browsers.', 'a wide variety of', 'advice-to-user');
  });
  it('keeps it when the sentence says what the company does, or a new clause follows the advice', () => {
    expectShown('We encourage you to review the Privacy Policy, as we may share your data with partners or otherwise disclose it.', 'or otherwise');
    expectShown('Please check this page frequently for updates as your continued use of our Services will constitute your acceptance of the changes.', 'will constitute your acceptance');
    expectShown('This list will be updated from time to time and we encourage you to check back periodically.', 'from time to time');
  });
});

describe('context: the data the company protects', () => {
  it('lowers vague data or an open list that is the object of protecting', () => {
    expectLowered('We take reasonable measures to help protect information about you from loss, theft and misuse.', 'information about you', 'data-protected');
    expectLowered('We take physical precautions to protect your information both online and offline.', 'online and offline', 'data-protected');
  });
  it('keeps it when the data is used or shared, not protected', () => {
    expectShown('We take reasonable measures and use information about you to improve our services.', 'information about you');
    expectShown('We protect your account and share information about you with our partners.', 'information about you');
  });
});
