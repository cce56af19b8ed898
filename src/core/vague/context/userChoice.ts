// "Additional information may be collected if you choose to fill in optional fields", "We may ask if
// you would like us to share your information with other unaffiliated third parties", "… with your
// friends or the public, depending on the settings you establish": the hedge, the open data or the
// recipients are what the user chooses to give, allow or set. Judged on real policies (issue #12,
// fp12l) the user decides, so the phrase leaves nothing of the company's own practice open. Merely
// using the service ("if you choose to use our services, we may share …") is no such choice.
import { caseless } from '../../text/asciiCaseless';

/** Categories whose phrase a user's own choice settles: a hedge, open data, open recipients, an open list. */
export const USER_CHOICE_CATEGORIES: ReadonlySet<string> = new Set(['hedged-modality', 'unspecific-data', 'unnamed-recipients', 'open-lists', 'vague-time']);

/** Substrings one of which every choice below holds: most sentences have none, and skip the patterns. */
const CHEAP_WORDS = ['choose', 'chose', 'decide', 'elect', 'opt', 'want', 'wish', 'like', 'epending'];

/** Choosing only to use the service bounds nothing. */
const NOT_JUST_USING = String.raw`(?!\s+to\s+(?:use|visit|access|browse|continue|interact|register|sign|create|contact|communicate)\b)`;
const CHOICE = String.raw`\b(?:if|when|whether|where)\s+you\s+(?:(?:choose|chose|decide|elect|opt|want|wish|prefer)${NOT_JUST_USING}|would\s+like${NOT_JUST_USING}|want\s+us\s+to|would\s+like\s+us\s+to)\b`;
const SETTINGS_YOU = String.raw`\bdepending\s+on\s+(?:the\s+)?(?:scope\s+of\s+(?:the\s+)?)?(?:settings|permissions|choices|preferences|options)\s+(?:that\s+)?you\b`;
/** The choice before the phrase, in its clause: the phrase is part of what the user chooses or sets (not "if you …, we may …", the company's own main clause). */
const CHOICE_BEFORE = caseless(new RegExp(String.raw`(?:${CHOICE}|${SETTINGS_YOU}|\byou\s+(?:also\s+)?have\s+the\s+option\s+to)(?:(?!,\s*(?:we|our)\b)[^.;:!?])*$`, 'iu'));
/** The choice right after the phrase: "… may be collected if you choose to fill in optional fields", "depending on the settings you establish". */
const CHOICE_AFTER = caseless(new RegExp(String.raw`^[^.;:!?]{0,80}?(?:${CHOICE}|${SETTINGS_YOU})`, 'iu'));
/** How far before the phrase the choice may stand. */
const CHOICE_REACH = 160;

/** `fromPhrase`: the sentence from the phrase's start to its end; `before`: the sentence up to the phrase. */
export function isUpToUsersChoice(sentence: string, before: string, fromPhrase: string): boolean {
  if (!CHEAP_WORDS.some((word) => sentence.includes(word))) return false;
  return CHOICE_BEFORE.test(before.slice(-CHOICE_REACH)) || CHOICE_AFTER.test(fromPhrase);
}
