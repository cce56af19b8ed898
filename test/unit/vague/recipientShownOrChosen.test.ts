// Context checks for recipients the user picks or sees before a transfer, judged on the development
// set: the user's communication partner (userContact.ts) and a recipient the app shows before it
// sends anything (shownBeforeTransfer.ts). Each pair: a sentence the check lowers and a similar one
// it must keep; each lowering test fails without its check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: the user’s communication partner', () => {
  it('lowers the partner the user writes to', () => {
    expectLowered('Internet access is needed to send your messages to the communication partner.', 'partner', 'user-chosen');
  });
  it('keeps business partners the company sends data to', () => {
    expectShown('Internet access is needed to send your messages to our partners.', 'partners');
  });
});

describe('context: a recipient shown to the user before the transfer', () => {
  it('lowers a recipient the next sentence says the app shows before sending', () => {
    expectLowered(
      'Your certificates are transmitted to a verification partner used by the provider. The specific verification partner is displayed in the app before transmitting the information.',
      'partner',
      'shown-before-transfer',
    );
  });
  it('keeps a recipient the next sentence does not show before sending', () => {
    expectShown('Your certificates are transmitted to a verification partner used by the provider. The verification partner checks the signature.', 'partner');
  });
});
