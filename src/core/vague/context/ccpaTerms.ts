// The CCPA's terms of art in its own sentences: the right to know "the business or commercial
// purpose for collecting or selling personal information", and its definition "When we disclose
// personal information for a business purpose or a commercial purpose, we enter a contract …". They
// name the statute's categories, not a purpose of the company's (0 of 5 such findings true at the
// first lint of batch-26a/26b, 2026-12-07).
import { caseless, caselessFor } from '../../text/asciiCaseless';

const CCPA_PURPOSE_RULES: ReadonlySet<string> = new Set(['business-purposes', 'commercial-purposes']);
/** Right after the purpose: "… for collecting or selling", "… for collecting, "selling," or "sharing"". */
const FOR_COLLECTING_AFTER = caseless(/^[ \t]*for\s+collecting\b/iu);
/** The statute's pair as the CCPA's definition writes it. */
const DEFINITION_PAIR = caseless(/\bfor\s+a\s+business\s+purpose\s+or\s+a\s+commercial\s+purpose\b/iu);

export function isCcpaPurposeTerm(ruleId: string, after: string, sentence: string): boolean {
  if (!CCPA_PURPOSE_RULES.has(ruleId)) return false;
  return FOR_COLLECTING_AFTER.test(after) || caselessFor(DEFINITION_PAIR, sentence).test(sentence);
}
