// "Cookies are small data files placed on your computer by websites you visit in order to help them
// remember certain information about you", "Web beacons are electronic images that may be used on our
// Sites", "A cookie is a small piece of text that …": the textbook definition of a tracking technology
// that policies put before saying how they use it. It says what a cookie or beacon is in general, not
// what the company does; judged so on every real policy that has one (issue #12).
import { testCaseless, caseless } from '../../text/asciiCaseless';

/**
 * The sentence opens with a tracking technology (no "These" or "Our": those are the company's own)
 * and says what kind of thing it is: a small file, an image, a piece of text.
 */
const TRACKER_DEFINITION = caseless(
  /^[\s>*_#]*(?:(?:an?|the)\s+)?(?:(?:HTTP|browser|web|flash|session|persistent|tracking|first-party|third-party)\s+)?(?:cookies?|web\s+beacons?|beacons?|pixel\s+tags?|pixels?|tracking\s+pixels?|clear\s+gifs?|(?:local|web|session)\s+storage)\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:(?:very\s+)?(?:small|tiny|little|simple|short|electronic|invisible|transparent|text|data)\s+){0,3}(?:files?|images?|graphics?|gifs?|(?:pieces?|strings?|bits?|snippets?|amounts?)\s+of|text\s+files?)\b/iu,
);

/**
 * …but goes on to what the company or its partners do with them: "small files that we and our
 * advertising partners place on your device". "used on our Sites" is only where they are.
 */
const COMPANY_ACTS = /\b(?:we|us)\b|\bour\s+(?:[\p{L}-]+\s+)?(?:partners?|advertis\w*|affiliates?|vendors?|providers?|third[ -]part(?:y|ies))\b/iu;

/** Whether `sentence` defines a tracking technology in general ("Cookies are small files that …"). */
export function isTrackerDefinition(sentence: string): boolean {
  return testCaseless(TRACKER_DEFINITION, sentence) && !testCaseless(COMPANY_ACTS, sentence);
}
