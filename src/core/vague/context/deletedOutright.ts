// "When you delete your account, … the user ID is replaced with a random username. All other personal
// data is deleted.": unspecific data whose whole predicate is that it is deleted, with no hedge and
// nothing after. Judged on real policies this says what happens to the rest of the data (it goes),
// not an open use of it. deletedData.ts covers deletion by a deadline; "may be deleted" stays.

/** Right after the phrase: deleted, and the sentence ends. */
const DELETED_OUTRIGHT =
  /^\s*(?:is|are|will be|shall be|gets?)\s+(?:(?:then|also|automatically|permanently|irrevocably|immediately)\s+)?(?:deleted|erased|destroyed)(?:\s+(?:immediately|at once|as well|too|permanently))?(?:\s*[.!])?$/iu;

/** `after`: the sentence after the phrase. */
export function isDeletedOutright(after: string): boolean {
  return DELETED_OUTRIGHT.test(after.trimEnd());
}
