// A pointer to another part of the policy right before the phrase: "see our next section on third
// parties", "(see “Partners” below)". The phrase names a section; it is a mention, not a use.
import { caselessFor, caseless } from '../../text/asciiCaseless';
import { isWhiteSpaceCode } from '../../text/whiteSpace';

export const CROSS_REFERENCE_BEFORE = caseless(/\b(?:section|chapter|heading|part|paragraph|page)s?\s+(?:on|about|titled|entitled|called|headed|named)\s+["“‘]?$|\bsee\s+(?:our\s+|the\s+)?["“‘]$/iu);
/** The text CROSS_REFERENCE_BEFORE can need: its longest match is about 40 characters. */
const REACH = 60;
/** The last word of every match, before white space and an opening quote. */
const LAST_WORDS: ReadonlySet<string> = new Set(['on', 'about', 'titled', 'entitled', 'called', 'headed', 'named', 'see', 'our', 'the']);
const OPENING_QUOTES = '"“‘';

/**
 * Whether `before` (the sentence up to the phrase) ends in a pointer to a section. Almost every
 * finding asks, so the last word is looked up before the pattern runs: a match ends in one of
 * LAST_WORDS, white space and at most one opening quote.
 */
export function endsInCrossReference(before: string): boolean {
  let end = before.length;
  if (end > 0 && OPENING_QUOTES.includes(before[end - 1]!)) end--;
  if (end === 0 || !isWhiteSpaceCode(before.charCodeAt(end - 1))) return false;
  while (end > 0 && isWhiteSpaceCode(before.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 9 && isAsciiLetterOrLongS(before.charCodeAt(start - 1))) start--;
  // /iu folds "ſ" to "s" ("ſee"); toLowerCase leaves it.
  if (!LAST_WORDS.has(before.slice(start, end).toLowerCase().replace(/ſ/gu, 's'))) return false;
  const tail = before.slice(-REACH);
  return caselessFor(CROSS_REFERENCE_BEFORE, tail).test(tail);
}

function isAsciiLetterOrLongS(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0x17f || code === 0x212a;
}

/** How far along its line the brackets of a link around the phrase are looked for. */
const LINK_REACH = 200;

/**
 * Whether text[start, end) lies in the text of a link to a place in the same page: "(see [7. Transfer
 * of personal data to third parties](#thirdparty))". The words are a section's title, a mention.
 */
export function isInPageLinkText(text: string, start: number, end: number): boolean {
  let open = start - 1;
  for (const floor = Math.max(0, start - LINK_REACH); open >= floor; open--) {
    const code = text.charCodeAt(open);
    if (code === 91) break; // [
    if (code === 93 || code === 10 || code === 13) return false; // ] or a line break
  }
  if (open < 0 || text.charCodeAt(open) !== 91) return false;
  for (let close = end, ceiling = Math.min(text.length, end + LINK_REACH); close < ceiling; close++) {
    const code = text.charCodeAt(close);
    if (code === 93) return text.startsWith('(#', close + 1); // ](#
    if (code === 91 || code === 10 || code === 13) return false;
  }
  return false;
}
