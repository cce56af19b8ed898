// "The QR code will contain further data provided by you"; "assign your error report to further
// information that you provide separately to the support team"; "This is information about you
// that you give us by filling in forms": data named by the user's own act of giving it. The user
// knows what they typed in, so the phrase is not vague about what the company takes on its own
// (judged so on real policies). userEntered.ts reads the verb before the phrase; this one reads it
// after. An open set ("other information you provide") and a sentence where the company is the
// one collecting ("we collect information you provide") stay.
import { caseless } from '../../text/asciiCaseless';

/** Right after the phrase: the user gives it. */
const USER_GIVES_AFTER = caseless(
  /^\s*(?:(?:that|which)\s+)?(?:you\s+(?:(?:choose to|decide to|may|can)\s+)?(?:provide|give|submit|send|enter|supply|type)\b|(?:provided|given|entered|submitted|supplied)\s+by\s+you\b)/iu,
);
/** A phrase that leaves the set open whoever gives it: "other information", "any data", "certain details". */
const OPEN_SET = caseless(/^(?:other|any|all|certain|some|various)\b/iu);
/** The company in the clause before: "we collect information you provide". */
const COMPANY_BEFORE = caseless(/\b(?:we|us|our)\b/iu);

/** `before`: the sentence up to the phrase; `matched`: the phrase; `after`: the sentence after it. */
export function isProvidedByUser(before: string, matched: string, after: string): boolean {
  return USER_GIVES_AFTER.test(after) && !OPEN_SET.test(matched) && !COMPANY_BEFORE.test(before);
}
