// Open lists and vague amounts of security measures (securityMeasures.ts), judged on the
// development set: sentences the check lowers and similar ones it must keep; the lowering test
// fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: open lists of security measures', () => {
  it('lowers a vague amount or an open list of the measures that protect the data', () => {
    expectLowered(
      'We implement a variety of security measures to maintain the safety of your personal information when you enter, submit, or access your personal information.',
      'a variety of',
      'security-measures',
    );
    expectLowered(
      'Among other things, your browser session, as well as the traffic between your applications and the API, are secured with SSL, and your password is hashed using a strong one-way algorithm.',
      'Among other things',
      'security-measures',
    );
    expectLowered('- Authentication by SSH key, access to servers limited to a small trusted group, limitation of the attack surface, use of firewalls, etc.', 'etc.', 'security-measures');
  });
  it('keeps lists that also say what is done with the data, and open lists of data beside one measure', () => {
    expectShown('We implement a variety of security measures and share your information with a variety of partners.', 'a variety of');
    expectShown('We collect your name, address, etc. and encrypt it with TLS.', 'etc.');
    expectShown('Among other things, your messages are secured with SSL, and we use your e-mail address and phone number.', 'Among other things');
  });
});
