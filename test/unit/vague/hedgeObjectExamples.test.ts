// A hedge whose object is given by concrete examples (examples.ts, isObjectGivenByExamples): "we may
// collect information about visitors' devices, such as browser version and IP address". Each pair:
// a sentence the check lowers and a similar one it must keep; each lowering test fails without it.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a hedge whose object concrete examples give', () => {
  it('lowers "may collect" before "information about …, such as" and concrete items', () => {
    expectLowered('We may collect information about visitors’ devices and browsers, such as browser version and type, IP address and country of visitor.', 'may collect', 'specific-example');
  });
  it('lowers "may collect" before a short object with a named example in brackets', () => {
    expectLowered('We may collect textual input (e.g. Etherpad entries) from you.', 'may collect', 'specific-example');
  });
  it('lowers "may store" before a unique identifier', () => {
    expectLowered('However, a cookie may store a unique identifier for each logged in user.', 'may store', 'specific-example');
  });
  it('keeps the hedge when the examples stay open or are missing', () => {
    expectShown('We may collect information about your use of the site, such as other usage data.', 'may collect');
    expectShown('We may collect information about visitors’ devices and browsers to improve the site.', 'may collect');
    expectShown('However, a cookie may store an identifier for each logged in user.', 'may store');
  });
});
