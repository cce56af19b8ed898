// A legal basis named with its article: "necessary for the performance of a contract (Art. 6(1)(b)
// GDPR)", "Disclosure pursuant to Art. 6 para. 1 sentence 1 lit. c GDPR is a legal obligation".
// The citation names the basis; judged on real policies, such sentences were not worth a squiggle.
// "Legitimate interests" stays flagged even when cited: the article does not say which interest
// (likewise "berechtigte Interessen" and "intérêt légitime").
import { caseless } from '../../text/asciiCaseless';
import { asciiTwinned } from '../../text/asciiTwinned';

/** An article, section or paragraph number followed (within the sentence) by the law's name. */
const CITATION = /(?:\bArt(?:icle)?s?\.?|§|\bSection)\s?\d{1,3}\b[^;\n]{0,60}?\b(?:GDPR|DSGVO|RGPD|BDSG|LGPD|CCPA|CPRA|UK GDPR|Regulation|Act|Code)\b/u;
const INTEREST = /legitimate interest|(?:berechtigte|legitime|rechtmäßige)[nms]?\s+(?:Geschäfts)?interesse|intérêts?\s+légitimes?/iu;
/**
 * A German statutory duty ("gesetzliche Aufbewahrungspflichten", "rechtliche Buchhaltungspflichten"):
 * Art. 6 Abs. 1 lit. c DSGVO does not name the law that imposes it, a national provision does
 * ("§ 147 Abs. 3 AO"). Judged so on the German development set.
 */
const GERMAN_DUTY = caseless(/pflicht|vorschrift|vorgeschrieben/iu);
const NATIONAL_PROVISION = asciiTwinned(() => /§\s?\d{1,4}[^;\n]{0,40}?(?<![\p{L}])(?:AO|HGB|BGB|BDSG|TTDSG|TDDDG|TKG|TMG|UStG|EStG|IfSG|SGB|StGB|StPO|GwG)(?![\p{L}])/u);

export function isBasisCited(sentence: string, matched: string): boolean {
  if (GERMAN_DUTY.test(matched)) return NATIONAL_PROVISION.test(sentence);
  return !INTEREST.test(matched) && CITATION.test(sentence);
}
