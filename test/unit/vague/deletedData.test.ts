// Context check for unspecific data whose sentence sets a concrete deadline for deleting it
// (deletedData.ts), judged on the development set: sentences the check lowers and similar ones
// without a deadline or about a use, which it must keep; the lowering test fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: unspecific data deleted by a concrete deadline', () => {
  it('lowers unspecific data that is deleted after or within a concrete period', () => {
    expectLowered('All other data, with the exception of data transmitted for data sharing, will be deleted after 21 days at the latest.', 'other data', 'deleted-in-time');
    expectLowered('Inactive accounts and related data may be deleted after 12 months of inactivity.', 'related data', 'deleted-in-time');
  });
  it('keeps unspecific data kept without a deadline or used', () => {
    expectShown('All other data will be deleted when it is no longer needed.', 'other data');
    expectShown('We share related data with our partners after 12 months.', 'related data');
  });
});
