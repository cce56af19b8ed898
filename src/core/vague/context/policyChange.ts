// Whether a sentence is about changing the privacy policy itself ("We may revise this Data Use Policy
// from time to time", "modify and/or adapt this confidentiality policy"): asked by the families that
// read what a policy says about its own changes (changeNotified.ts, changesNotRetroactive.ts).
import { asciiTwinned } from '../../text/asciiTwinned';
import { testCaseless, caseless } from '../../text/asciiCaseless';

const POLICY_CHANGED = asciiTwinned(
  () => /\b(?:revis|chang|updat|amend|modif|adapt)\w*\b[^.;!?\n]{0,40}?\b(?:privacy|data protection|this|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:policy|notice|statement|declaration)\b/iu,
);
/** A word POLICY_CHANGED needs: the pattern is slow (/iu with \p{L}), and most sentences lack these words. */
const POLICY_WORD = caseless(/policy|notice|statement|declaration/iu);

export function isAboutChangingThePolicy(text: string): boolean {
  return testCaseless(POLICY_WORD, text) && testCaseless(POLICY_CHANGED, text);
}
