// "A country that has not been recognized by the European Commission as providing adequate
// protection"; "we ensure your personal information is adequately protected by safeguards such as
// Standard Contractual Clauses": "adequate" in a sentence that names the legal mechanism for
// transfers abroad (GDPR Art. 45 adequacy decisions, Art. 46 safeguards). The mechanism says what
// "adequate" means there, so it is not the company's unverifiable claim (judged so on real policies).
// The rule itself already skips "adequate level of protection" and "considered adequate"; this reads
// the whole sentence for the wordings around it.
import { caseless } from '../../text/asciiCaseless';

/** The legal mechanism for transfers, named in the sentence. */
const TRANSFER_MECHANISM =
  /\b(?:European Commission|adequacy (?:decision|finding|regulation)s?|Standard Contractual Clauses|standard data protection clauses|SCCs?|Binding Corporate Rules|Data Privacy Framework|Art(?:icle|\.)?\s?4[56]\b)/u;
/** The phrases this applies to: "adequate", "adequately". */
const ADEQUATE = caseless(/^adequate(?:ly)?$/iu);

/** `matched`: the phrase; `sentence`: the sentence it stands in. */
export function isAdequacyOfTransferMechanism(matched: string, sentence: string): boolean {
  return ADEQUATE.test(matched) && TRANSFER_MECHANISM.test(sentence);
}
