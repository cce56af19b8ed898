// Recipients described by the services they provide: "it's shared with our data processors who
// provide us with email, document management and storage services". The kind of recipient is
// given (a category of recipients, which the GDPR allows in place of names); judged not vague on
// real policies. "who process it on our behalf to provide our service" describes no service and
// keeps its finding.
import { caseless } from '../../text/asciiCaseless';

/** "who provide us with email, document management and storage services", right after the recipient. */
const PROVIDING_SERVICES = caseless(/^[ \t]*(?:,[ \t]*)?(?:who|that|which)[ \t]+(?:provide|provides|supply|supplies)[ \t]+us[ \t]+with[ \t]+[^.;:!?\n]{3,80}?\bservices\b/iu);

/** Whether the text right after a recipient phrase (`after`) names the services it provides. */
export function isDescribedByServices(after: string): boolean {
  return PROVIDING_SERVICES.test(after);
}
