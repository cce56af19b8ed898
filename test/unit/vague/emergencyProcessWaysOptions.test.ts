// Information findings judged false on the development set (#12), four families: an emergency named
// in the clause (emergencyNamed.ts), an amount that counts the ways data is collected
// (waysCounted.ts), an amount in an option the user acts on (userOption.ts), and an open list that
// describes a term labelled right after it (termLabelled.ts). Each lowering test fails without its check;
// the near sentences beside them must stay shown.
import { expectLowered, expectShown } from './contextExpect';

describe('context: an emergency named in the clause', () => {
  it('lowers the hedge or the basis when the clause names an emergency or imminent bodily harm', () => {
    expectLowered('We may share your information to comply with laws; or in an emergency to protect the personal safety of our users or any other person.', 'safety of our users', 'emergency-named');
    expectLowered(
      'However, we may disclose your information without providing you with prior notice if we believe it is necessary to prevent imminent and serious bodily harm to a person.',
      'may disclose',
      'emergency-named',
    );
  });
  it('keeps the same phrases without an emergency, or with one in another item of the list', () => {
    expectShown('We may disclose information to enforce our agreements, or protect the rights, property or safety of our users or others.', 'safety of our users or others');
    expectShown('However, we may disclose your information without providing you with prior notice if we believe it is necessary to protect our business.', 'may disclose');
    expectShown('We share it to (a) act in urgent circumstances to protect users, (b) protect against legal liability, or (c) as otherwise required by law.', 'legal liability');
  });
});

describe('context: an amount that counts the ways data is collected', () => {
  it('lowers the count of ways of collecting', () => {
    expectLowered('Canonical collects personal information from you in a number of different ways. For example, when you download one of our products.', 'a number of', 'counts-ways');
    expectLowered('We collect information about you in various ways when you use our Sites and Services.', 'in various ways', 'counts-ways');
  });
  it('keeps an amount of data or recipients, and ways of using it', () => {
    expectShown('Canonical collects a number of different categories of personal information from you.', 'a number of');
    expectShown('We share your personal information with a number of partners in different ways.', 'a number of');
  });
});

describe('context: an amount in an option the user acts on', () => {
  it('lowers the amount of what the user imports or opts out of', () => {
    expectLowered('Once you have created an account, you may import data from a variety of sources, such as research studies you have participated in.', 'a variety of', 'user-rights');
    expectLowered(
      'If you want to disable advertising-based tracking, you can [adjust your settings](https://example.com/settings/ads), or opt out of advertising-based tracking across a number of providers in one go.',
      'a number of',
      'user-rights',
    );
    expectLowered('You can import your data from a number of fitness trackers.', 'a number of', 'user-rights');
  });
  it('keeps an amount the company acts on in the same sentence', () => {
    expectShown('Once you have created an account, you may import data that we share with a variety of partners.', 'a variety of');
    expectShown('We may import data about you from a variety of sources, such as data brokers.', 'a variety of');
  });
});

describe('context: an open list that describes a term labelled right after it', () => {
  it('lowers the open list when a parenthesis names the term it describes', () => {
    expectLowered(
      'When you apply via a job site like LinkedIn or similar online service provider (referred to below as a “Partner”), the Partner may retain your data.',
      'or similar',
      'defined-in-place',
    );
    expectLowered(
      'This policy covers our products, services or any other features offered by us on our Sites or through any other means (collectively, "Services").',
      'any other means',
      'defined-in-place',
    );
  });
  it('keeps an open list followed by a plain parenthesis or by a label in another clause', () => {
    expectShown('We may share your data with job sites like LinkedIn or similar online service providers (for recruiting).', 'or similar');
    expectShown('We may share your data with our partners or through any other means; our products (collectively, "Services") are described below.', 'any other means');
  });
});
