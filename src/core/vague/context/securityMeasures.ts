// An open list or a vague amount of the security measures that protect the data: "We implement a
// variety of security measures to maintain the safety of your personal information", "Among other
// things, your browser session … are secured with SSL, and your password is hashed", "Authentication
// by SSH key, …, use of firewalls, etc.". Judged on real policies such a list says how the data is
// protected, with examples, and leaves nothing open about who receives it, for what or for how long.
// How strong the protection is ("appropriate", "industry-standard") has rules of its own, left alone.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** Vague amounts that count measures (the level-of-protection rules are not among them). */
const AMOUNT_RULES: ReadonlySet<string> = new Set(['a-range-of', 'a-number-of', 'various', 'several', 'some', 'some-of', 'certain', 'a-few', 'unnamed-some-various']);

/** The rules this applies to: open lists, and AMOUNT_RULES. */
export function isMeasureListRule(ruleId: string, category: string): boolean {
  return category === 'open-lists' || AMOUNT_RULES.has(ruleId);
}

/** The phrase's own object: "a variety of (technical and organisational) security measures". */
const MEASURES_AFTER = caseless(
  /^\s+(?:(?:technical|organi[sz]ational|physical|administrative|and|,)\s+){0,4}(?:security|protective|safety)\s+(?:measures|safeguards|controls|practices|features)\b/iu,
);

/** Protection techniques named in the sentence. */
const TECHNIQUE =
  /\b(?:secured (?:with|by|using)|encrypt\w*|hash(?:ed|ing)|firewalls?|SSL|TLS|HTTPS|two-factor|2FA|SSH keys?|authentication|access control\w*|attack surface|intrusion detection|penetration test\w*)\b/giu;

/** What the company does with the data: a list in such a sentence can hide a use, a recipient or a period. */
const DATA_FLOW = caseless(
  /\b(?:shar(?:e|es|ed|ing)|sell\w*|disclos\w*|transfer\w*|collect\w*|retain\w*|keep|kept|stor(?:e|es|ed|ing)|process\w*|analy[sz]\w*|third[ -]part\w*|partners?|providers?|purposes?|us(?:e|es|ed|ing)\s+(?:your|the|this|such|personal))\b/iu,
);

/** `sentence`: the finding's sentence; `after`: the sentence after the phrase. */
export function isListOfSecurityMeasures(sentence: string, after: string): boolean {
  if (testCaseless(DATA_FLOW, sentence)) return false;
  if (testCaseless(MEASURES_AFTER, after.slice(0, 80))) return true;
  const techniques = new Set((sentence.match(TECHNIQUE) ?? []).map((word) => word.toLowerCase()));
  return techniques.size >= 2;
}
