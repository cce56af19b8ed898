// A quick first test for a case-insensitive Unicode pattern whose only Unicode parts are its word
// edges, written [\p{L}\p{N}] ("(?<![\p{L}\p{N}])(?:ne|pas|sans)(?![\p{L}\p{N}])", the French and
// German negation triggers): the same pattern with those edges read as ASCII ([A-Za-z0-9]) and
// without /u. Why: V8 runs the Unicode pattern, with its look-behind at every position, about three
// times slower than the hint (French policies, one test per sentence), and most sentences have no
// trigger at all. Wherever the pattern matches, the hint does: an edge that is not a letter or
// digit is not an ASCII one either, and /i reads ASCII letters as /iu does on text without "ſ" or
// "K" (which /iu folds to s and k; such text skips the hint). Patterns with other Unicode syntax or
// with letters outside ASCII get no hint.
import { foldsAsAscii } from './asciiCaseless';

const UNICODE_EDGE = /\[\\p\{L\}\\p\{N\}\]/g;
/** What the hint's source must not keep: other Unicode syntax or escapes, or a letter outside ASCII. */
const UNICODE_LEFT = /\\[pPux]|(?![\x00-\x7f])\p{L}/u;

const hints = new WeakMap<RegExp, RegExp | null>();

/** The ASCII hint of `pattern` (see above), or null when it has none. */
export function asciiHintOf(pattern: RegExp): RegExp | null {
  let hint = hints.get(pattern);
  if (hint === undefined) {
    const source = pattern.source.replace(UNICODE_EDGE, '[A-Za-z0-9]');
    const eligible = pattern.flags.includes('i') && pattern.flags.includes('u') && source !== pattern.source && !UNICODE_LEFT.test(source);
    hint = eligible ? new RegExp(source, pattern.flags.replace(/[guy]/g, '')) : null;
    hints.set(pattern, hint);
  }
  return hint;
}

/** `pattern.test(text)` from the start of text (lastIndex reset), ruled out first by the pattern's ASCII hint where it has one. */
export function testWithHint(pattern: RegExp, text: string): boolean {
  const hint = asciiHintOf(pattern);
  if (hint && foldsAsAscii(text) && !hint.test(text)) return false;
  pattern.lastIndex = 0;
  return pattern.test(text);
}
