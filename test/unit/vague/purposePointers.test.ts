// Issue #12 (first lint of batch-26a/26b): a purpose followed by a pointer to where the policy lists
// it (purposesAbove.ts), and the CCPA's own sentences about business and commercial purposes
// (ccpaTerms.ts). Each lowering test fails without its check; each keeping test is a near sentence.
import { expectLowered, expectShown } from './contextExpect';

describe('context: purposes pointed at elsewhere, and the CCPA’s terms', () => {
  it('lowers a purpose followed by a pointer to the section or table that lists it', () => {
    expectLowered('We may disclose certain categories of personal information with third parties for the business purposes described above.', 'business purposes', 'listed-above');
    expectLowered('We collect this information for the business and commercial purposes described in the ‘How We Use Your Personal Information’ section above.', 'commercial purposes', 'listed-above');
    expectLowered('We collect it for the business or commercial purposes (as those terms are defined in applicable law) set forth in the table below.', 'commercial purposes', 'listed-below');
  });
  it('keeps the purpose when nothing points to where it is listed, or only to the whole policy', () => {
    expectShown('We use your information for our business purposes.', 'business purposes');
    expectShown('We use your information for business and commercial purposes described in this policy.', 'commercial purposes');
  });
  it('lowers the CCPA’s right to know and its definition of a disclosure for a business purpose', () => {
    expectLowered('You may request:\n\n- Our business or commercial purpose for collecting or selling that personal information.\n', 'commercial purpose', 'definition');
    expectLowered('When we disclose personal information for a business purpose or a commercial purpose, we enter a contract that describes the purpose.', 'business purpose', 'definition');
    expectShown('We use your personal information for a business purpose, such as advertising.', 'business purpose');
  });
  it('lowers the items of the CCPA’s right to know, keeps the company’s own statement about the same recipients', () => {
    expectLowered('You may request:\n\n- The categories of third parties to whom the personal information was disclosed for a business purpose or sold;\n', 'third parties', 'definition');
    expectShown('We disclosed the categories of personal information listed above to third parties for a business purpose.', 'third parties');
  });
  it('lowers California’s “Shine the Light” request, keeps a disclosure for marketing the company makes', () => {
    expectLowered(
      'California Civil Code Section 1798.83 permits you to request information regarding the disclosure of personal information to third parties for their direct marketing purposes.',
      'third parties',
      'user-rights',
    );
    expectShown('We disclose personal information to third parties for their direct marketing purposes.', 'third parties');
  });
});
