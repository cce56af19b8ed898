// "This Privacy Policy explains how Fleet collects, uses, shares, and protects personal information";
// "… and describes … how we collect information through the use of cookies and related
// technologies": the policy announcing what it covers. The sections it announces give the details
// and are checked on their own; judged on real policies, the announcement is not worth a squiggle.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** The policy as subject, then a verb of announcing, before the phrase (in the same sentence). */
const ANNOUNCED_BEFORE = caseless(
  /\b(?:this|our|the) (?:privacy |data protection |cookie )?(?:policy|notice|statement)\b(?:[^.;:!?]|\.(?=\S)){0,500}?\b(?:explains|describes|sets out|tells you|outlines|summari[sz]es|informs you)\b/iu,
);

/** `before`: the sentence up to the phrase. */
export function isPolicyOverview(before: string): boolean {
  return testCaseless(ANNOUNCED_BEFORE, before);
}
