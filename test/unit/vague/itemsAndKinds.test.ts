// A recipient word that qualifies a purpose (kindOfPurpose.ts), a contract named by its service
// (contractNamed.ts) and a kind of data in the middle of a concrete list (listItem.ts). Each pair: a
// sentence the check lowers and a similar one it must keep; each lowering test fails without it.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a recipient word that only qualifies a purpose', () => {
  it('lowers "law enforcement" before "purpose"', () => {
    expectLowered('We may share the data if it is relevant and necessary for an authorized law enforcement purpose.', 'law enforcement', 'not-a-recipient');
    expectLowered('We may disclose personal data to meet government authority requirements.', 'government authority', 'not-a-recipient');
    // "law enforcement requirements" is not matched at all (the rule's own notFollowedBy: recipientsDataHedges.test.ts).
  });
  it('keeps it as a recipient', () => {
    expectShown('We may share the data with law enforcement if it is relevant and necessary.', 'law enforcement');
    expectShown('We may disclose personal data to law enforcement as their requirements demand.', 'law enforcement');
  });
});

describe('context: a contract named by the service it is for', () => {
  it('lowers "to perform our contract" before "(e.g. to provide the RubyGems service)"', () => {
    expectLowered(
      'We collect this information to perform our contract with you (e.g. to provide the RubyGems service), and for our legitimate business purposes.',
      'to perform our contract',
      'contract-named',
    );
  });
  it('keeps it when no service is named', () => {
    expectShown('We collect this information to perform our contract with you (e.g. to provide our services), and for our legitimate business purposes.', 'to perform our contract');
  });
});

describe('context: a kind of data in the middle of a list of concrete items', () => {
  it('lowers it between two concrete items', () => {
    expectLowered('We collect details of your visits, including traffic data, location data, weblogs and the pages you access.', 'location data', 'list-item');
  });
  it('keeps it at the end of the list or beside a vague item', () => {
    expectShown('We collect details of your visits, including traffic data, weblogs and location data.', 'location data');
    expectShown('We collect details of your visits, including other data, location data, weblogs and the pages you access.', 'location data');
  });
});
