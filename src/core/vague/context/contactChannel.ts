// An open list of the ways the user and the company reach each other: "by corresponding with us by
// phone, e-mail or otherwise", "we reserve the right to contact you by other means, including postal
// mail". Judged on real policies the open end only leaves the channel open (a letter, a call), not
// what data is taken, for what or who receives it; those phrases are checked on their own.
import { testCaseless } from '../../text/asciiCaseless';

/** Right before the phrase: reaching the user or the company "by/via/through", then up to four channel words. */
const CONTACT_BY_BEFORE =
  /\b(?:contact(?:s|ed|ing)?|correspond(?:s|ed|ing)?|reach(?:es|ed|ing)?|communicat(?:e|es|ed|ing)|writ(?:e|es|ing)|call(?:s|ed|ing)?)\s+(?:with\s+|to\s+)?(?:you|us)\s+(?:by|via|through)\s+(?:(?:(?:tele)?phone|e-?mail|post(?:al mail)?|mail|letters?|SMS|text messages?|chat|fax|in person|and|or|,)\s*){0,4}$/iu;

/** `before`: the sentence up to the open-list phrase. */
export function isOpenListOfContactChannels(before: string): boolean {
  return testCaseless(CONTACT_BY_BEFORE, before.slice(-100));
}
