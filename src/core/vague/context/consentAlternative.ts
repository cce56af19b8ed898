// "… for the purposes described in this Privacy Policy or otherwise with your consent": an open
// alternative that the words right after it bind to the user's consent. Every case the list leaves
// open needs the user's yes, so the user decides (judged so on real policies), as in the sentences
// userBound.ts lowers for hedges and open purposes.
import { caseless } from '../../text/asciiCaseless';

/** Right after the phrase: the open cases need the user's consent or permission. */
const WITH_YOUR_CONSENT_AFTER = caseless(/^(?:\s*,)?\s*(?:only\s+)?(?:with|upon|subject to|based on)\s+your\s+(?:prior\s+|express\s+|explicit\s+)?(?:consent|permission)\b/iu);

/** `after`: the sentence after the phrase. */
export function isAlternativeNeedingConsent(after: string): boolean {
  return WITH_YOUR_CONSENT_AFTER.test(after);
}
