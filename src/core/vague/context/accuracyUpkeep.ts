// Keeping the data accurate: "We may rectify, update or remove incomplete or inaccurate information,
// at any time and at our own discretion". Judged on real policies, when or at whose discretion the
// company corrects or removes wrong data leaves nothing open that could harm the user: it is the
// upkeep the law asks for (accuracy), not a use or disclosure. A sentence that also passes data on
// ("… and share the corrected records with partners") is not read as one.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** Correcting or removing data the sentence calls wrong: "rectify … incomplete or inaccurate information". */
const CORRECTS_WRONG_DATA = caseless(
  /\b(?:rectif\w*|correct(?:s|ed|ing)?|updat\w*|amend\w*|remov\w*|delet\w*|eras\w*)\b[^.;!?\n]{0,60}?\b(?:inaccurate|incorrect|incomplete|outdated|out-of-date|wrong)\s+(?:(?:or|and)\s+(?:inaccurate|incorrect|incomplete|outdated|out-of-date)\s+)?(?:personal\s+)?(?:information|data|records?|details)\b/iu,
);

/** Passing data on or using it for something else. */
const OTHER_HANDLING = caseless(/\b(?:shar(?:e|es|ed|ing)|disclos\w*|transfer\w*|sell\w*|third[ -]part\w*|partners?|purposes?)\b/iu);

/** The user asks for it ("request the correction of inaccurate data"): the rights checks read such sentences. */
const USER_ASKS = caseless(/\b(?:you|your right)\b[^.;!?\n]{0,40}?\b(?:request|ask|right)\b/iu);

/** A word CORRECTS_WRONG_DATA needs (none has an "s" or "k", which /iu folds otherwise): most sentences have none. */
const WRONG_WORD = /inaccurate|incorrect|incomplete|outdated|out-of-date|wrong/i;

/** `sentence`: the finding's sentence. */
export function isAboutKeepingDataAccurate(sentence: string): boolean {
  return WRONG_WORD.test(sentence) && testCaseless(CORRECTS_WRONG_DATA, sentence) && !testCaseless(OTHER_HANDLING, sentence) && !testCaseless(USER_ASKS, sentence);
}
