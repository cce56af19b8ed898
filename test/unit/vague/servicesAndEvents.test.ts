// Recipients described by the services they provide (servicesDescribed.ts), and "no longer needed"
// tied to a one-off event (eventEnds.ts). Each pair: a sentence the check lowers and a similar one
// it must keep; each lowering test fails without its check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: recipients described by the services they provide', () => {
  it('lowers "data processors who provide us with … services"', () => {
    expectLowered("It's shared with our data processors who provide us with email, document management and storage services.", 'data processors', 'services-described');
  });
  it('keeps recipients whose relative clause names no service', () => {
    expectShown("It's shared with our data processors who process it on our behalf to provide our service.", 'data processors');
  });
});

describe('context: "no longer needed" tied to a one-off event', () => {
  it('lowers it before "for processing your inquiry"', () => {
    expectLowered('We delete your personal data as soon as we no longer require them for processing your inquiry.', 'no longer require them', 'event-ends');
  });
  it('keeps it before an ongoing purpose', () => {
    expectShown('We delete your personal data as soon as we no longer require them for running our business.', 'no longer require them');
  });
});
