// The security disclaimer (securityDisclaimer.ts): an effort to protect named only to say what cannot
// be guaranteed. Each pair: a sentence the check lowers and a similar one it must keep.
import { expectLowered, expectShown } from './contextExpect';

describe('context: the usual disclaimer about security', () => {
  it('lowers an effort to protect that the sentence says cannot be guaranteed', () => {
    expectLowered('Although we strive to protect your personal data, we cannot guarantee the security of your data while it is being transmitted.', 'strive to', 'security-disclaimer');
    expectLowered(
      'As a result, while we strive to protect our users’ personal information, we cannot ensure or warrant the security of any information you transmit.',
      'strive to',
      'security-disclaimer',
    );
    expectLowered('We try to keep your account details secure, but we cannot guarantee that no breach will happen.', 'try to', 'security-disclaimer');
  });
  it('keeps an effort whose means are left open, and one with no disclaimer', () => {
    // The means are what is vague (judged true on the development set).
    expectShown('While we strive to use commercially acceptable means to protect your Personal Data, we cannot guarantee its absolute security.', 'strive to');
    expectShown('We strive to protect your personal data.', 'strive to');
    expectShown('We try to delete inactive accounts, but we cannot guarantee when.', 'try to');
  });
});
