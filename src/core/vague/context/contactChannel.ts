// An open list of the ways the user and the company reach each other: "by corresponding with us by
// phone, e-mail or otherwise", "we reserve the right to contact you by other means, including postal
// mail", "We may use various community websites (Launchpad Answers, Ubuntu Forums, blogs etc.) to
// communicate this type of information". Judged on real policies the open end or the hedge only
// leaves the channel open (a letter, a call, a forum), not what data is taken, for what or who
// receives it; those phrases are checked on their own.
import { asciiTwinned } from '../../text/asciiTwinned';
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** Right before the phrase: reaching the user or the company "by/via/through", then up to four channel words. */
const CONTACT_BY_BEFORE = caseless(
  /\b(?:contact(?:s|ed|ing)?|correspond(?:s|ed|ing)?|reach(?:es|ed|ing)?|communicat(?:e|es|ed|ing)|writ(?:e|es|ing)|call(?:s|ed|ing)?)\s+(?:with\s+|to\s+)?(?:you|us)\s+(?:by|via|through)\s+(?:(?:(?:tele)?phone|e-?mail|post(?:al mail)?|mail|letters?|SMS|text messages?|chat|fax|in person|and|or|,)\s*){0,4}$/iu,
);

/** The sentence uses channels to tell people things: "use various community websites (…) to communicate this type of information". */
const CHANNELS_TO_COMMUNICATE = asciiTwinned(
  () =>
    /\bus(?:e|es|ing)\s+(?:[\p{L}-]+\s+){0,3}?(?:websites?|sites|forums?|blogs?|social media(?: channels| accounts)?|channels?|mailing lists?|newsletters?)\b[^;!?\n]{0,100}?\bto\s+(?:communicate|announce|publish|tell you|inform you|keep you)\b/iu,
);
/** …and says nothing else about data: no sharing, collecting, selling. */
const DATA_FLOW = caseless(/\b(?:shar(?:e|es|ed|ing)|collect\w*|sell\w*|disclos\w*|transfer\w*|personal (?:data|information)|your (?:data|information))\b/iu);

/** `before`: the sentence up to the open-list phrase. */
export function isOpenListOfContactChannels(before: string): boolean {
  return testCaseless(CONTACT_BY_BEFORE, before.slice(-100));
}

/** `sentence`: the finding's sentence. */
/** Words CHANNELS_TO_COMMUNICATE ends with: most sentences have none, and the pattern itself is slow (/iu with \p{L}). */
const TELLING_WORD = caseless(/communicate|announce|publish|tell you|inform you|keep you/iu);

export function usesChannelsToCommunicate(sentence: string): boolean {
  return testCaseless(TELLING_WORD, sentence) && CHANNELS_TO_COMMUNICATE.test(sentence) && !testCaseless(DATA_FLOW, sentence);
}
