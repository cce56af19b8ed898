// "All other data, with the exception of …, will be deleted after 21 days at the latest"; "Inactive
// accounts and related data may be deleted after 12 months of inactivity": unspecific data whose
// sentence only sets a concrete deadline for deleting it. A limit on keeping data is not an open
// use of it, and the data it covers is what the text has just described (judged so on real policies).
import { caseless } from '../../text/asciiCaseless';

/** After the phrase, in its sentence: it is deleted (or anonymised) after or within a concrete period. */
const DELETED_BY_DEADLINE = caseless(
  /^[^.;:!?]{0,120}?\b(?:is|are|will be|shall be|may be|gets?)\s+(?:(?:automatically|permanently|irrevocably)\s+)?(?:deleted|erased|removed|anonymi[sz]ed|destroyed)\b[^.;:!?]{0,40}?\b(?:after|within)\s+(?:one|two|three|six|seven|twelve|thirty|\d{1,4})\s+(?:hours?|days?|weeks?|months?|years?)\b/iu,
);

/** `after`: the sentence after the phrase. */
export function isDeletedByDeadline(after: string): boolean {
  return DELETED_BY_DEADLINE.test(after);
}
