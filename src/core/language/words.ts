// Words as the language detector reads them: runs of letters (any script), lower-cased; an
// apostrophe ends a word ("l'intérêt" is "l" and "intérêt"), digits and punctuation separate.
// Scanned by character code without copying the text, since detection runs on every lint.

/** Letters: ASCII, Latin-1 and Latin Extended (U+00C0–U+024F, not × ÷), and anything else \p{L}. */
const LETTER = /\p{L}/u;
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xc0 && code < 0x250) return code !== 0xd7 && code !== 0xf7;
  return code >= 0x250 && LETTER.test(String.fromCharCode(code));
}

/**
 * Calls `onWord` with each word of text[from, to) in lower case, at most `maxWords` of them.
 * Returns the number of words passed.
 */
export function forEachWord(text: string, from: number, to: number, maxWords: number, onWord: (word: string) => void): number {
  let count = 0;
  let i = from;
  while (i < to && count < maxWords) {
    while (i < to && !isLetter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isLetter(text.charCodeAt(i))) i++;
    if (i > start) {
      onWord(text.slice(start, i).toLowerCase());
      count++;
    }
  }
  return count;
}
