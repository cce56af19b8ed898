// A level of protection the law sets, not a condition on a use of the data: "These measures ensure
// your personal information receives the same level of protection as required under applicable
// data-protection laws". Judged on real policies, the law there is the floor of the protection the
// company promises. Consent asked "where required by applicable law" is not this: which law decides
// when the user is asked stays open (the reader marked it on the development set).
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** Rules that make something depend on what the law requires. */
export const PROTECTION_BY_LAW_RULES: ReadonlySet<string> = new Set(['when-required', 'as-required-by-law', 'applicable-law']);

/** How far back in the clause the level of protection may stand. */
export const PROTECTION_REACH = 160;

/** The level of protection, just before the phrase in its clause, with the law as its measure ("… protection as required under"); a
 * conjunction or an infinitive between starts another action ("… protection and delete it as necessary"). */
const PROTECTION_BEFORE = caseless(
  /\b(?:same|equivalent|adequate|appropriate|comparable|similar)[ \t]+(?:level|standard|degree)[ \t]+of[ \t]+(?:data[ \t]+)?protection\b(?:(?!\b(?:and|or|but|then|to)\b)[^.;:!?\n]){0,40}$/iu,
);

/** `before`: the sentence up to the phrase. */
export function isProtectionRequiredByLaw(before: string): boolean {
  return testCaseless(PROTECTION_BEFORE, before.slice(-PROTECTION_REACH));
}
