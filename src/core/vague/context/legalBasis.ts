// Legal-basis phrases that the sentence itself makes concrete: the law is named by the legal
// instrument it takes the form of, or the sentence introduces or gives the legal bases by name.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/**
 * The phrase closes a list of legal instruments ("comply with a subpoena, court order or similar
 * legal obligation"): the obligation is the instrument, not an unnamed law.
 */
const INSTRUMENTS_BEFORE = caseless(/\b(?:subpoenas?|court orders?|(?:search )?warrants?)(?:[ \t]*,)?[ \t]+(?:or|and)[ \t]+(?:other[ \t]+|similar[ \t]+|comparable[ \t]+|any[ \t]+)?$/iu);
/**
 * A parenthesis right after the phrase names the instruments it means: "legal and regulatory
 * requirements (including responding to court orders, subpoenas …)"; so do examples after a dash
 * ("required to do so by law – for example, by court order, or to prevent fraud"), settled
 * as not vague on real policies (bench/quality/en/adjudicated.jsonl). Examples without an instrument
 * ("(including to prevent crime)") leave the law open.
 */
const INSTRUMENTS_IN_PARENTHESIS_AFTER = caseless(
  /^[ \t]*(?:\(|[–—-][ \t]*)(?:(?:including|such as|for example|for instance|namely)\b|e\.g\.)[^)\n.;]{0,40}?\b(?:subpoenas?|court orders?|warrants?)\b/iu,
);

/** Whether the legal obligation is given as a named legal instrument beside the phrase. */
export function isObligationNamedByInstrument(before: string, after: string): boolean {
  return testCaseless(INSTRUMENTS_BEFORE, before.slice(-80)) || testCaseless(INSTRUMENTS_IN_PARENTHESIS_AFTER, after);
}

/** The lead of a list of legal bases: "we process your personal information on the following legal bases set out by applicable law:". */
const BASES_LIST_LEAD = caseless(/\b(?:on|under|based on)[ \t]+the[ \t]+following[ \t]+(?:legal[ \t]+)?bas[ie]s\b/iu);
/** A sentence that names the bases: "The bases for processing this information are respectively consent, legitimate interest and to fulfill a contract." */
const BASES_NAMED = caseless(
  /\b(?:legal[ \t]+)?bas[ie]s[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?processing\b[^.;\n]{0,60}?\b(?:is|are)\b[^.;\n]{0,40}?\b(?:consent|legitimate[ \t]+interests?|vital[ \t]+interests?|public[ \t]+task)\b/iu,
);

/** Whether the sentence introduces a list of the legal bases or names them. */
export function namesLegalBases(sentence: string): boolean {
  return testCaseless(BASES_LIST_LEAD, sentence) || testCaseless(BASES_NAMED, sentence);
}
