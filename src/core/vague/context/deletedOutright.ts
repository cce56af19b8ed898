// "All other personal data is deleted.", "Any data which may be used to assist in identifying a user
// (…) is securely erased before our servers leave the site after the event.": the sentence's only
// statement about the data is that it is deleted, at once or when a named event happens. Like a
// deletion deadline (deletedData.ts), a deletion is a limit on keeping data, not an open use of it.
import { caseless, testCaseless } from '../../text/asciiCaseless';

/** After the phrase: "is (securely) deleted", then the sentence ends or only names the event ("before/after/upon …", not "when it is no longer needed"). */
const DELETED_OUTRIGHT = caseless(
  /^[^.;:!?]{0,100}?\b(?:is|are|will be|shall be|gets?)\s+(?:(?:securely|automatically|permanently|irrevocably|immediately)\s+)?(?:deleted|erased|destroyed)\b(?:[ \t]+(?:immediately|(?:before|after|upon|at the end of)\b(?![^.;:!?]{0,60}?\b(?:no longer|needed|necessary|required|purposes?)\b)[^.;:!?]{0,60}))?[ \t]*(?:[.!]|$)/iu,
);

/** `after`: the sentence after the phrase. */
export function isDeletedOutright(after: string): boolean {
  return (after.includes('delet') || after.includes('erase') || after.includes('destroy')) && testCaseless(DELETED_OUTRIGHT, after);
}
