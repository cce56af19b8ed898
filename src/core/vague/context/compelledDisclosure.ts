// A disclosure the law compels, with the legal instruments named after the phrase: "We may disclose
// personal information to government authorities … if required to do so by law or … to comply
// with a subpoena, court order or similar legal obligation", "Read the Docs may disclose personally-
// identifying information or other information we collect about you to law enforcement in
// response to a valid subpoena, court order, warrant…". What is disclosed, and to which authority,
// is what the order demands; judged not vague on real policies. The company's own discretion in
// the same sentence ("in the good faith belief", "to protect our rights"), other recipients
// ("other third parties") and the hedge on disclosing ("may disclose", which often covers such a
// discretionary branch too) keep their findings: their rules are not in the lists below.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** Rules of the compelled disclosure itself: the law that requires it and the authority. */
export const COMPELLED_RULES: ReadonlySet<string> = new Set([
  'as-required-by-law',
  'legal-obligations',
  'comply-with-law',
  'lawful-requests',
  'applicable-law',
  'in-accordance-with-law',
  'public-authorities',
  'law-enforcement',
]);
/** The data disclosed: whatever the order covers. */
export const COMPELLED_CATEGORIES: ReadonlySet<string> = new Set(['unspecific-data']);

/**
 * A legal instrument the disclosure answers: "to comply with a subpoena", "in response to a valid
 * court order". An instrument named otherwise ("records of any subpoena") ties nothing; an example
 * after a dash ("required by law – for example, by court order") is legalBasis.ts's to read (it
 * lowers the legal-basis phrase only, as legal-process).
 */
const INSTRUMENT_ANSWERED = caseless(
  /\b(?:in\s+response\s+to|pursuant\s+to|compl(?:y|ies|ying)\s+with|respond(?:ing)?\s+to|(?:up)?on\s+receipt\s+of|as\s+compelled\s+by|when\s+served\s+with)\s+(?:(?:an?|the|any)\s+)?(?:(?:valid|lawful|binding|legally\s+binding)\s+)?(?:subpoenas?|court\s+orders?|(?:search\s+)?warrants?|judicial\s+orders?)\b/iu,
);
/** The instruments INSTRUMENT_ANSWERED names, as plain words. */
const INSTRUMENT_WORD = /subpoena|court\s+order|warrant|judicial\s+order/i;
/** The sentence is about disclosing: "disclose", "share", "provide", "release". */
const DISCLOSING = caseless(/\b(?:disclos\w*|shar(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|releas\w*|hand(?:s|ed)?\s+over)\b/iu);

/** Whether the sentence compels the disclosure by a legal instrument it answers, named after the phrase. `sentence`, `end`: the sentence and the phrase's end in it. */
export function isCompelledDisclosure(sentence: string, end: number): boolean {
  // Most sentences name no instrument at all: a plain search rules them out first.
  if (!INSTRUMENT_WORD.test(sentence)) return false;
  const rest = sentence.slice(end);
  return testCaseless(INSTRUMENT_ANSWERED, rest) && testCaseless(DISCLOSING, sentence);
}
