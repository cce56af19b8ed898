// Recipients a setting switches off (disabledUse.ts), judged on the development set: a sentence the
// check lowers and similar ones it must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: recipients whose use is switched off', () => {
  it('lowers recipients named as what a setting disables', () => {
    const text = "Enabling your browser's DNT settings ensures that Gratipay will disable any use of third-party analytics services.";
    expectLowered(text, 'third-party', 'negated');
  });
  it('keeps recipients that receive data beside a disabled setting', () => {
    expectShown('If you disable cookies, we still share your data with third parties.', 'third parties');
    expectShown('We use third-party analytics services to disable spam accounts.', 'third-party');
  });
});
