// Trimming a run of given characters from the ends of a string, by index. The regular-expression
// equivalents (/[ \t]+$/, /^-+|-+$/) are retried at every start position and so are quadratic on
// a long run that is not at the end (#19).

/** `text` without the characters of `chars` at its end. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the characters of `chars` at either end. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return trimEndChars(text.slice(start), chars);
}
