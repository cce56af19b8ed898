// Context check for a vague amount whose own object is no data (quantityObject.ts), judged on the
// development set: a sentence the check lowers and a similar one about data that it must keep; the
// lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a vague amount that counts no data', () => {
  it('lowers a vague amount of the app’s features or of surveys on offer', () => {
    expectLowered('The app requires access to a number of your smartphone’s features and interfaces to send your data.', 'a number of', 'counts-no-data');
    expectLowered('Before you can use some of the app’s features, the authenticity of your app is checked and your data is sent.', 'some of the', 'counts-no-data');
    expectLowered('Participants are invited to take part in a variety of opt-in surveys about their personal data.', 'a variety of', 'counts-no-data');
  });
  it('keeps a vague amount of data or of recipients', () => {
    expectShown('The app sends a number of your smartphone’s identifiers to our servers.', 'a number of');
    expectShown('We share your personal data with a number of service providers.', 'a number of');
  });
});

describe('context: parts of the site that stop working', () => {
  it('lowers a vague amount of the site that will not work without cookies', () => {
    expectLowered('However, if you reject new cookies, portions of Open Humans will not function as intended.', 'portions of', 'counts-no-data');
    expectLowered('Without cookies, a number of pages of the website will not load.', 'a number of', 'counts-no-data');
  });
  it('keeps a vague amount of data that stays when cookies are refused', () => {
    expectShown('If you reject cookies, portions of your data will still be shared with our partners.', 'portions of');
    expectShown('If you disable cookies, some of your data may not be deleted.', 'some of your');
  });
});
