// Issue #12 (fp12k): false positives of the six new development policies. A legitimate interest named
// right after the words, "of doing" or "to do" (interestNamed.ts); and a phrase whose own sentence
// announces the list right below it (announcedList.ts). Each lowering test fails without its check;
// each keeping test is a near sentence the check must leave alone.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a legitimate interest named right after the words', () => {
  it('lowers the basis when the interest is what the company does', () => {
    expectLowered(
      'We log your web request data, including IP addresses, for the legitimate interest of troubleshooting issues with our web sites and dealing with abuse.',
      'legitimate interest',
      'interest-stated',
    );
    expectLowered('This allows us to carry out our legitimate interests of keeping the event safe for our attendees.', 'legitimate interests', 'interest-stated');
    expectLowered(
      'It is in our legitimate business interests to provide you with the information and services you request, and to keep an accurate public record of contributions.',
      'legitimate business interests',
      'interest-stated',
    );
  });
  it('keeps the basis when only whose interest, or the processing itself, follows', () => {
    expectShown('We may share your data where this is necessary for the legitimate interests of third parties.', 'legitimate interests');
    expectShown('We have a legitimate interest to process your personal data for these functions.', 'legitimate interest');
    expectShown('We rely on our legitimate business interests to the extent the law allows.', 'legitimate business interests');
    expectShown('We use your personal information for our legitimate interests, such as to provide you with relevant content.', 'legitimate interests');
  });
});
