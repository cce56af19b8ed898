// "If the company or its assets are acquired by a third party", "in a merger … transferred to a
// third party": the recipient is whoever buys or takes over the business, which no policy can name
// in advance, and the clause says when it happens. Judged on real policies, not a vague recipient.
import { caseless } from '../../text/asciiCaseless';

/** Recipient rules a business-transfer clause resolves (the buyer is "a third party", "another company"). */
export const BUYER_RULES: ReadonlySet<string> = new Set(['third-parties', 'other-companies']);

/** The sentence is a business-transfer clause. */
const BUSINESS_TRANSFER = caseless(
  /\b(?:mergers?|acquisitions?|acquired|acquirers?|reorgani[sz]ations?|restructur\w*|bankruptcy|insolvency|divestitures?|change of (?:control|ownership)|(?:sale|transfer|purchase) of (?:(?:all|some|part|substantially all|a portion) of )?(?:our|its|the|their) (?:company|business|shares|stock|assets))\b/iu,
);

export function isBusinessTransferClause(sentence: string): boolean {
  return BUSINESS_TRANSFER.test(sentence);
}
