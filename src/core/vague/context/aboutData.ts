// "Entry rules are subject to change"; "due to the large number of different systems involved, this
// cannot always be guaranteed"; "the Rust Project oversees a number of projects": a vague time or
// quantity in a sentence that says nothing about personal data, the policy or the user's account.
// Judged on real policies such sentences are not about what the company does with data.
import { caseless } from '../../text/asciiCaseless';

/** Words that tie a sentence to the handling of data, the policy itself, or the user's dealings with the company. */
const ABOUT_DATA = caseless(
  /\b(?:data|information|personal|details|records?|logs?|cookies?|track\w*|identif\w*|profiles?|accounts?|e-?mails?|address\w*|names?|messages?|content|files?|backups?|collect\w*|process\w*|us(?:e|es|ed|ing)|shar\w*|disclos\w*|transfer\w*|transmi\w*|stor\w*|retain\w*|retention|keep\w*|kept|delet\w*|eras\w*|remov\w*|archiv\w*|access\w*|sell|sold|analy[sz]\w*|monitor\w*|record\w*|regist\w*|subscri\w*|terminat\w*|suspend\w*|apps?|surveys?|devices?|servers?|policy|policies|notice|statement|terms|changes?|updat\w*|notif\w*|inform\w*|contact\w*|consent\w*|rights?|request\w*|law|legal\w*|authorit\w*|security|breach\w*|partners?|third[ -]part(?:y|ies)|providers?|vendors?|advertis\w*|marketing|purposes?)\b/iu,
);

/** Categories whose phrases are only vague about data when the sentence is about data. */
export const DATA_BOUND_CATEGORIES: ReadonlySet<string> = new Set(['vague-time', 'vague-quantity']);
/**
 * Hedges that, like a vague time, only qualify whatever the sentence is about: "entry rules are
 * subject to change" says nothing about data when the sentence does not.
 */
export const DATA_BOUND_RULES: ReadonlySet<string> = new Set(['subject-to-change']);

export function saysNothingAboutData(sentence: string): boolean {
  return !ABOUT_DATA.test(sentence);
}
