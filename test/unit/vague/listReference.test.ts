// Context check for "may include" pointing at the list it introduces (analyseContext.ts,
// LIST_REFERENCE for the rules a list resolves), judged on the development set: a sentence the
// check lowers and a similar one with an open object that it must keep.
import { expectLowered, expectShown } from './contextExpect';

describe('context: "may include the following:"', () => {
  it('lowers "may include" that introduces the list of what it includes', () => {
    expectLowered('It may include the following: first name, last name; company name; email address.', 'may include', 'specific-example');
  });
  it('keeps "may include" with an open object', () => {
    expectShown('The information we collect may include data about how you use our services.', 'may include');
  });
});
