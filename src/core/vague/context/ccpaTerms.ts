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

/**
 * An item of the CCPA's right to know, as policies copy it: "The categories of third parties to whom
 * the personal information was disclosed for a business purpose or sold", "A list of categories of
 * personal information that we have disclosed for a business purpose, along with the category of any
 * other company we shared it with". Every phrase in it is the statute's (0 of 6 such findings true on
 * the development set, 2026-12-07).
 */
const RIGHT_TO_KNOW_ITEM = caseless(
  /^[\s>*_#-]*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:a\s+list\s+of\s+|the\s+)?categor(?:y|ies)\s+of\s+(?:personal\s+information|sources|third\s+parties|recipients)\b[^.;]*\b(?:business\s+purpose|sold|selling|sale|shared|sharing|disclosed)\b/iu,
);

export function isCcpaRightToKnowItem(sentence: string): boolean {
  return caselessFor(RIGHT_TO_KNOW_ITEM, sentence).test(sentence);
}

/**
 * California's "Shine the Light" law (Civil Code § 1798.83) as policies restate it: the user may
 * request or ask about disclosures "to third parties for their direct marketing purposes". The
 * recipients and purposes are the statute's, named for the user's request (0 of 11 such findings true
 * on the development set, 2026-12-07).
 */
const SHINE_THE_LIGHT = caseless(/\b(?:request|ask|shine\s+the\s+light|1798\.83)\b[^.]*\b(?:their|the\s+third\s+parties['’]|its)\s+(?:own\s+)?(?:direct\s+)?marketing\s+purposes\b/iu);

/** The words SHINE_THE_LIGHT ends in: few sentences have them, and the pattern rescans each sentence from every "ask". */
const MARKETING_PURPOSES = /marketing\s+purposes/iu;

export function isShineTheLightRequest(sentence: string): boolean {
  return MARKETING_PURPOSES.test(sentence) && caselessFor(SHINE_THE_LIGHT, sentence).test(sentence);
}
