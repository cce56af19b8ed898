// Definitions and quoted law: "'Controller' means the natural or legal person…", "“Personal Data”
// refers to…", or the statute's own words quoted ("legitimate interests pursued by the controller
// or by a third party"). These name a concept; they do not describe what the company does.
import { caselessFor, caseless } from '../../text/asciiCaseless';
import { asciiTwinned } from '../../text/asciiTwinned';

// A sentence whose subject is a pronoun and a verb ("We use commercially acceptable means to protect …",
// "You agree that …") describes what someone does, not a term: only "You means …" defines.
// The term may be qualified by the law it is defined for, before it ("For the purposes of the CCPA,
// Personal Data means") or after it ("**Sale**, for the purpose of the CCPA (…), means").
const DEFINITION = asciiTwinned(
  () =>
    /^[\s>*_#\d.()-]*(?:(?:For the purposes? (?:of|for)|Under|As used in|Within the meaning of)\b[^,.;]{1,80},\s*)?(?!(?:This|That|It|Which|What|Each|Such|Doing so|Otherwise|Where|When)\b|(?:We|You|They|I)\s+(?!means?\b|refers?\b|shall\b|is\b|has\b|includes?\b)\p{Ll})["“'‘]*[\p{Lu}][\p{L}\s/-]{0,40}["”'’*_]*\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*(?:for the purposes? (?:of|for)|under|as used in|within the meaning of)\b[^,;]{1,80},\s*)?(?:means|mean|refers? to|shall mean|is defined as|has the meaning|includes? any|is any)\b/u,
);
/**
 * Wording found in statutes rather than in a company's description of itself. Not "as defined in": a
 * company points to a law's definition in its own sentence ("share with any member of our group, …
 * subsidiaries, as defined in section 1159"; "for \"business purposes\" (as defined under the CCPA),
 * which may include"), and the rest of that sentence is its own practice.
 */
const STATUTE_WORDS = caseless(
  /\b(?:natural or legal person|public authority, agency or other body|pursued by the controller or by a third party|the data subject|interests or fundamental rights and freedoms|within the meaning of|pursuant to (?:article|art\.|section|§))\b/iu,
);

/** A sentence that opens by pointing to a law's definition: "As defined in the CCPA, \"sell\" and \"sale\" mean …". */
const DEFINED_BY_LAW_LEAD = /^[\s>*_#\d.()-]*As defined (?:in|by|under)\b/u;

export function isDefinitionOrStatute(sentence: string, inDefinitionsSection: boolean): boolean {
  return inDefinitionsSection || DEFINITION.test(sentence) || DEFINED_BY_LAW_LEAD.test(sentence) || caselessFor(STATUTE_WORDS, sentence).test(sentence);
}
