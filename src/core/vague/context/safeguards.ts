// Sentences about the duties put on recipients, not about who receives what: "Our service providers
// and partners are required by contract to safeguard…", "any third parties that we deal with have an
// obligation to keep … secure", "A Data Processor Agreement has been signed between X and each of its
// data processors". Judged on real policies, the recipient phrase there is the subject of a safeguard;
// the sentences that disclose data to them carry their own findings.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** A data flow to the recipient before the phrase: then the sentence does say who receives what. */
const FLOW_BEFORE = caseless(
  /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transfer(?:s|red|ring)?|sell(?:s|ing)?|sold|provid(?:e|es|ed|ing)|pass(?:es|ed|ing)?\s+on|sen(?:d|ds|ding|t)|g(?:ive|ives|iving|ave|iven)|transmit(?:s|ted|ting)?|made available|make available|forward(?:s|ed|ing)?)\b/iu,
);
/** The recipient's duty, right after the phrase (its relative clause may stand between). */
const DUTY_AFTER = caseless(
  /^[^.;:!?]{0,60}?\b(?:(?:are|is|will be|shall be|must be)\s+(?:(?:contractually|legally)\s+)?(?:required|obliged|obligated|bound|committed)\s+(?:by\s+(?:contract|law|agreement)\s+)?to\b|(?:have|has)\s+(?:an?|the)\s+(?:contractual\s+|legal\s+)?obligation\s+to\b|must\s+(?:comply|keep|protect|safeguard)\b)/iu,
);
/** An agreement concluded with the recipients. */
const AGREEMENT_SIGNED = caseless(/\bagreements?\s+(?:has|have)\s+been\s+(?:signed|concluded|entered\s+into)\b/iu);

/** `sentenceBefore`: the sentence up to the phrase; `sentenceAfter`: from the phrase's end to the sentence's end. */
export function isAboutRecipientDuties(sentenceBefore: string, sentenceAfter: string): boolean {
  if (testCaseless(FLOW_BEFORE, sentenceBefore)) return false;
  return testCaseless(DUTY_AFTER, sentenceAfter) || testCaseless(AGREEMENT_SIGNED, sentenceBefore);
}
