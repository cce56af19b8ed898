// A necessity tied to an identity check or access security (securityNeed.ts), judged on the
// development set: sentences the check lowers and similar ones whose need stays open, which it
// must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a necessity tied to identity checks or access security', () => {
  it('lowers the condition when the need named is an identity check or security', () => {
    expectLowered('We share it with identity proofing services, as necessary to identity proof an individual for access to a service.', 'as necessary', 'security-need');
    expectLowered('We use it to process payment and authenticate access (where required).', 'where required', 'security-need');
    expectLowered('We only access them for support reasons, with your consent, or if required to for security reasons.', 'if required', 'security-need');
  });
  it('keeps the condition when the need stays open', () => {
    expectShown('We will retain and use your information as necessary to comply with our legal obligations and resolve disputes.', 'as necessary');
    expectShown('We retain your information for as long as your account is active or as needed to provide you services.', 'as needed');
    expectShown('We use it to process payment and share it with partners (where required).', 'where required');
  });
});
