// Context checks judged on the development set: a hedged effort whose goal is not about data
// (effortGoal.ts), the buyer in a business-transfer clause (businessTransfer.ts), "unauthorised
// third parties" kept out (analyseContext.ts), and a vague time or quantity in a sentence not about
// data (aboutData.ts). Each pair: a sentence the check lowers, and a similar
// one it must keep; each lowering test fails without its check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: an effort whose goal is not about data', () => {
  it('lowers "we try to" and "designed to help" aimed at something else', () => {
    expectLowered('The institute strives to offer a bug-free app. However, errors can occur.', 'strives to', 'goal-not-data');
    expectLowered('We have users in many regions, and we try to meet those needs.', 'try to', 'goal-not-data');
    expectLowered('The filter is designed to help individuals protect their home networks.', 'designed to help', 'goal-not-data');
  });
  it('keeps an effort about the data: its security, privacy or amount', () => {
    expectShown('We maintain safeguards to attempt to ensure the security and privacy of your information.', 'attempt to');
    expectShown('We aim to minimize the amount of personal information shared.', 'aim to minimize');
    expectShown('Our systems are designed to protect your data from loss.', 'designed to protect');
    // Resisting an authority's demand for the data is about the data (#12).
    expectShown('We will attempt to decline any abusive or unfounded request.', 'attempt to');
    expectLowered('We will attempt to deliver a reliable app.', 'attempt to', 'goal-not-data');
  });
});

describe('context: the buyer in a business-transfer clause', () => {
  it('lowers "a third party" that acquires the company or its assets', () => {
    expectLowered(
      'If the company or substantially all of its assets are acquired by a third party, personal data held by it will be one of the transferred assets.',
      'third party',
      'business-transfer',
    );
    expectLowered('In the event of a merger or acquisition, your information may be transferred to a third party.', 'third party', 'business-transfer');
  });
  it('keeps third parties in a sharing sentence without such a clause', () => {
    expectShown('Your information may be transferred to a third party for advertising.', 'third party');
    expectShown('We sell your data to third parties.', 'third parties');
  });
});

describe('context: unauthorised third parties are kept out, not given data', () => {
  it('lowers "unauthorised third parties" in a security sentence', () => {
    expectLowered('Our firewall stops unauthorised third parties who try to access our servers.', 'third parties', 'not-a-recipient');
    expectLowered('We protect your data against unauthorized third parties that attempt to obtain it.', 'third parties', 'not-a-recipient');
  });
  it('keeps authorised third parties that access the data', () => {
    expectShown('We permit third parties to access your personal information.', 'third parties');
  });
});

describe('context: a vague time or quantity in a sentence not about data', () => {
  it('lowers it where the sentence says nothing about data, the policy or the account', () => {
    expectLowered('Test certificates may be valid for a longer period in some EU countries than in others.', 'longer period', 'not-about-data');
    expectLowered('Due to the large number of different systems involved, this cannot always be guaranteed.', 'large number of', 'not-about-data');
  });
  it('keeps it where the sentence is about data, the policy, or something registered about the user', () => {
    expectShown('Your data may be kept for a longer period in some countries.', 'longer period');
    expectShown('We may change this policy from time to time.', 'from time to time');
    expectShown('The offer will usually depend on certain events registered in the app.', 'certain events');
  });
});

describe('context: aggregated data named as what the clause shares', () => {
  it('lowers the recipient and the purpose of "share such aggregated information"', () => {
    expectLowered(
      'We may aggregate all information (including your personal information) for our statistics and share such aggregated information with third parties for our own promotional purposes.',
      'third parties',
      'not-personal-data',
    );
  });
  it('keeps them when the clause shares personal information', () => {
    expectShown('We aggregate usage statistics and share your personal information with third parties.', 'third parties');
  });
});

describe('context: a cause, not a purpose', () => {
  it('lowers an open purpose given as the cause of a change', () => {
    expectLowered('Due to the further development of our website, it may become necessary to change this policy.', 'further development of', 'cause-not-purpose');
  });
  it('keeps it as the purpose of processing', () => {
    expectShown('We use your data for the further development of our website.', 'further development of');
  });
});
