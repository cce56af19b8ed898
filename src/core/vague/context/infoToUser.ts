// "process transactions and send you related information, including confirmations, receipts",
// "to provide you with additional privacy-related information", "to alert you of additional
// information needed": the information is what the company sends or gives to the user, not data
// about the user it collects, uses or shares. Judged on real policies, nothing about the user's data
// is left open; "we may require you to provide additional information" (the user gives it) keeps its
// finding.
import { caseless, testCaseless } from '../../text/asciiCaseless';

/** Right before the phrase: the company sends, gives or shows the user (with / of / about) …. */
const GIVES_YOU_BEFORE = caseless(
  /\b(?:send|sends|sending|provide|provides|providing|give|gives|giving|e-?mail|e-?mails|alert|alerts|alerting|notify|notifies|notifying|inform|informs|informing|offer|offers|offering|show|shows|showing)\s+you\s+(?:(?:with|of|about)\s+)?(?:(?:any|the|some|additional|further|more|other|relevant)\s+)?(?:[a-z]+-)?$/iu,
);

/** `before`: the sentence up to the phrase. */
export function isInformationForUser(before: string): boolean {
  const tail = before.slice(-60);
  return tail.includes('you') && testCaseless(GIVES_YOU_BEFORE, tail);
}
