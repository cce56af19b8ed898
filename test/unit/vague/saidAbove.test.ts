// A sentence that restates what the policy said before (saidAbove.ts), and "or similar" closing a
// list of legal instruments (instrumentsClosed.ts). Each pair: a sentence the check lowers and a
// similar one it must keep; each lowering test fails without its check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a sentence that restates what was said above', () => {
  it('lowers the phrases of a sentence that opens with "As we mentioned,"', () => {
    expectLowered('As we mentioned, we may share some information with third party vendors.', 'may share', 'said-above');
    expectLowered('As already explained above, we may share some information with our vendors.', 'some information', 'said-above');
  });
  it('lowers a phrase before "as described above" in its clause, and the pointer itself', () => {
    expectLowered('Affiliated organizations that process information for us as described above may be located in the United States.', 'affiliated organizations', 'said-above');
    expectLowered('Affiliated organizations that process information for us as described above may be located in the United States.', 'as described above', 'said-above');
  });
  it('keeps phrases after the pointer, and a sentence that merely contains "as"', () => {
    expectShown('Our staff who process information for us as described above may be located in the United States or in other countries.', 'other countries');
    expectShown('As we grow, we may share some information with third party vendors.', 'may share');
    expectShown('Affiliated organizations may process information for us as described in this policy.', 'affiliated organizations');
  });
});

describe('context: "or similar" closing a list of legal instruments', () => {
  it('lowers it after a subpoena or court order', () => {
    expectLowered('We may disclose data to comply with a subpoena, court order or similar legal obligation.', 'or similar', 'instruments-named');
    expectLowered('In complying with court orders and similar legal processes, we strive for transparency.', 'and similar', 'instruments-named');
  });
  it('keeps it after ordinary items or before another kind of noun', () => {
    expectShown('We share your data with advertisers, analytics firms or similar companies.', 'or similar');
    expectShown('We respond to court orders and similar situations.', 'and similar');
  });
});
