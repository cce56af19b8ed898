// A necessity tied to checking who the user is or keeping access secure: "To third party identity
// proofing services, as necessary to identity proof an individual for access to a service",
// "authenticate access (where required)", "we only access them … or if required to for security
// reasons". Judged on real policies, the need is then named; "as necessary to provide our services"
// or "as needed to comply with legal obligations" leave it open and keep their findings.
import { asciiTwinned } from '../../text/asciiTwinned';
import { testCaseless } from '../../text/asciiCaseless';

/** Rules that make something depend on an unnamed need. */
export const NEED_RULES: ReadonlySet<string> = new Set(['when-required']);

/** How far after the phrase the need may be named. */
export const SECURITY_NEED_REACH = 80;

/** Identity checks and access security, as words. */
const SECURITY = String.raw`(?:identity|authenticat\w*|verify(?:ing)?\s+(?:(?:the|your|an?)\s+)?identit\w*|security|fraud)`;

/** Right after the phrase: "as necessary to identity proof …", "if required to for security reasons". */
const NEED_NAMED_AFTER = asciiTwinned(() => new RegExp(String.raw`^\)?[ \t]+(?:to[ \t]+)?(?:to|for)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?${SECURITY}\b`, 'iu'));

/** Right before the phrase, in parentheses after the action: "authenticate access (where required)". */
const NEED_NAMED_BEFORE = asciiTwinned(() => new RegExp(String.raw`\b${SECURITY}(?:[ \t]+[\p{L}-]+){0,2}[ \t]+\($`, 'iu'));

/** `before`: the sentence up to the phrase; `after`: the rest of the sentence. */
export function isNeedForSecurity(before: string, after: string): boolean {
  return testCaseless(NEED_NAMED_AFTER, after.slice(0, SECURITY_NEED_REACH)) || testCaseless(NEED_NAMED_BEFORE, before.slice(-60));
}
