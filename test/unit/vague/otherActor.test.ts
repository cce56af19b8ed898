// Context checks for hedges and recipients about what another party may do on its own
// (otherActor.ts), judged on the development set. Each pair: a sentence the check lowers, and a
// similar one about the company that it must keep; each lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a hedge whose actor is another party', () => {
  it('lowers a hedge whose subject is a service the policy says the company uses', () => {
    expectLowered('Read the Docs uses Front to manage support requests. If you request support, Front may process your contact information.', 'may process', 'other-subject');
  });
  it('keeps a hedge whose subject is the policy’s author or a name not introduced as a service used', () => {
    expectShown('When you install or use Fleet on your devices, we collect technical data. Fleet may share limited user data with trusted service providers.', 'may share');
    expectShown('We use cookies on our site. Acme may process your contact information.', 'may process');
  });
  it('lowers a hedge whose subject is a named party’s script', () => {
    expectLowered('This helps us improve our content. The Crazyegg script may store a cookie on your computer.', 'may store', 'other-subject');
  });
  it('keeps a hedge whose subject is the company’s own site', () => {
    expectShown('This helps us improve our content. The Canonical website may store a cookie on your computer.', 'may store');
  });
  it('lowers a hedge joined to another party’s hedge', () => {
    expectLowered('The relevant Partner may retain your personal data and may also collect data from us about your application.', 'may also collect', 'other-subject');
  });
  it('keeps a hedge joined to the company’s own hedge', () => {
    expectShown('We may retain your personal data and may also collect data from other sources about your application.', 'may also collect');
  });
  it('lowers a passive hedge whose agent is anyone else', () => {
    expectLowered('Any information that you disclose in these areas becomes public and may be recorded, archived and republished by anyone.', 'may be recorded', 'other-subject');
  });
  it('keeps a passive hedge whose agent is the company', () => {
    expectShown('Any information that you disclose in these areas may be recorded, archived and republished by us.', 'may be recorded');
  });
});

describe('context: recipients that act on their own', () => {
  it('lowers recipients as the subject of what they may do themselves', () => {
    expectLowered('If your content is public-facing, third parties may access it.', 'third parties', 'acts-alone');
    expectLowered('You will be directed to a third-party website and the third-party provider may collect information as part of the registration.', 'third-party provider', 'acts-alone');
  });
  it('lowers recipients as the agent of a hedged passive about what is public', () => {
    expectLowered(
      'If you have included private information in your site, such as email addresses, that information may be indexed by search engines or used by third parties.',
      'third parties',
      'acts-alone',
    );
  });
  it('keeps recipients as the agent of a hedged passive about the user’s data', () => {
    expectShown('Your personal data may be used by third parties.', 'third parties');
    expectShown('The information we collect may be used by third parties.', 'third parties');
  });
  it('keeps recipients that act for the company or receive data from it', () => {
    expectShown('Third parties may access your personal data on our behalf.', 'third parties');
    expectShown('Third parties may receive your personal data.', 'third parties');
    expectShown('Third parties may collect information about your online activities over time.', 'third parties');
    expectShown('Other agencies can access entries in the contact journal.', 'other agencies');
  });
});

describe('context: data named in what another agent may do', () => {
  it('lowers unspecific data in what authorities may do after a hedged passive', () => {
    expectLowered(
      'Once the data reaches the provider, it may be accessed and analysed by security authorities in the third country, for example by linking the data with other information from other sources.',
      'other information',
      'acts-alone',
    );
  });
  it('keeps unspecific data the company links', () => {
    expectShown('Once the data reaches us, we may analyse it, for example by linking the data with other information from other sources.', 'other information');
  });
});

describe('context: a hedge of someone else', () => {
  it('lowers what someone other than the company may do', () => {
    expectLowered('Someone may share your address with our partners.', 'may share', 'other-subject');
  });
  it('keeps what the company may do', () => {
    expectShown('We may share your address with our partners.', 'may share');
  });
});
