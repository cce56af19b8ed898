// "request customer support or otherwise communicate with us", "while using the Services or otherwise
// interacting with us", "Communicate with us (for instance through email, chat, social media, or
// otherwise)", "as a Patreon or otherwise donate to us": "or otherwise" that only widens how the user
// reaches, deals with or gives to the company. Judged on real policies the open end is the user's own
// way of acting, not what the company does with data; "or otherwise providing information to us"
// (a way data reaches the company) keeps its finding.
import { caseless, testCaseless } from '../../text/asciiCaseless';

/** Right after "or otherwise": the user gets in touch, interacts, engages or donates. */
const USER_REACHES_US_AFTER = caseless(
  /^[ \t]+(?:communicat(?:e|es|ing)|interact(?:s|ing)?|engag(?:e|es|ing)|correspond(?:s|ing)?|contact(?:s|ing)?|get(?:s|ting)? in touch|donat(?:e|es|ing)|reach(?:es|ing)?)\b/iu,
);
/** Before it: "communicate with us (for instance through email, chat," — channels in brackets after a verb of reaching us. */
const CHANNELS_IN_BRACKETS_BEFORE = caseless(
  /\b(?:communicat\w*|contact\w*|interact\w*|correspond\w*|reach\w*)\s+(?:with\s+)?us\s+\((?:for (?:instance|example),?\s+|e\.g\.,?\s+|such as\s+|including\s+)?(?:(?:by|via|through)\s+)?[^()]{0,60}$/iu,
);

/** `before`/`after`: the sentence around "or otherwise". */
export function isOpenWayOfReachingUs(before: string, after: string): boolean {
  return testCaseless(USER_REACHES_US_AFTER, after.slice(0, 40)) || (before.includes('(') && testCaseless(CHANNELS_IN_BRACKETS_BEFORE, before.slice(-120)));
}
