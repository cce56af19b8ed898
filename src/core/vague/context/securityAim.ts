// A security purpose named together with the fraud it guards against: "For fraud detection,
// prevention, and security purposes", "for security reasons such as to detect and prevent against
// fraudulent or illegal activity, and to ensure the safety and security of our business". Judged
// not vague on real policies (getyourrefund, promptfoo): the security meant is the fight against
// fraud named beside it. A bare "for security purposes" keeps its finding.
import { caseless } from '../../text/asciiCaseless';

/** The security-purpose rules this reads. */
export const SECURITY_AIM_RULES: ReadonlySet<string> = new Set(['security-purposes']);

/** How far back in the sentence the fraud is looked for. */
const SECURITY_AIM_REACH = 120;

/** "fraud detection", "fraud prevention", "detect and prevent against fraudulent …", "to prevent fraud". */
const FRAUD_NAMED = caseless(/\bfraud\w*[ \t]+(?:detection|prevention)\b|\b(?:detect|prevent|investigat|combat|fight)\w*(?:,?[ \t]+[a-z]+){0,4}?[ \t]+fraud\w*/iu);

/** `before`: the sentence up to the phrase. */
export function isSecurityAgainstFraud(before: string): boolean {
  const tail = before.slice(-SECURITY_AIM_REACH);
  return tail.includes('raud') && FRAUD_NAMED.test(tail);
}
