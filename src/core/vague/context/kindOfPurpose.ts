// A recipient word that only qualifies a purpose: "if the information is relevant and necessary for
// an authorized law enforcement purpose". It names a kind of purpose, not someone the data goes
// to; judged not vague as a recipient on real policies (the purpose has rules of its own). So does
// a kind of requirement: "to meet national security or law enforcement requirements".
import { caseless } from '../../text/asciiCaseless';

/** The phrase is followed at once by "purpose(s)" or "requirement(s)". */
const PURPOSE_AFTER = caseless(/^[ \t]+(?:purposes?|requirements?)\b/iu);

/** Whether the recipient phrase (`after`: the text right after it) qualifies a purpose. */
export function qualifiesAPurpose(after: string): boolean {
  return PURPOSE_AFTER.test(after);
}
