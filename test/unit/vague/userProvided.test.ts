// Context check for data named by the user's own act of giving it (userProvided.ts), judged on the
// development set: sentences the check lowers and similar ones it must keep; the lowering test
// fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: data the user provides, named by the giving', () => {
  it('lowers data followed by "provided by you" or "that you provide"', () => {
    expectLowered('The QR code will contain further data provided by you in encoded form.', 'further data', 'user-entered');
    expectLowered('The report ID lets the support team link your report to further information that you provide separately.', 'further information', 'user-entered');
  });
  it('keeps an open set, or data the company collects', () => {
    expectShown('We collect further data provided by you in encoded form.', 'further data');
    expectShown('The QR code will contain other information provided by you.', 'other information');
  });
});
