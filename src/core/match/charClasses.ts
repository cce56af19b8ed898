// Folds text into a small alphabet, so the matcher's transition table stays compact and the
// matching is case-insensitive and tolerant of hyphens, extra spaces and line breaks.

/** Letters a-z are 0..25, digits 26..35. */
export const CLASS_APOSTROPHE = 36;
export const CLASS_DOT = 37;
export const CLASS_SLASH = 38;
/** Whitespace of any kind and hyphens: a run of them counts as one separator. */
export const CLASS_SEPARATOR = 39;
/** Anything else: ends every partial match. */
export const CLASS_OTHER = 40;
export const CLASS_COUNT = 41;

/** Class of each UTF-16 code unit below 128; code units above use classOfWide. */
export const ASCII_CLASS = new Uint8Array(128).fill(CLASS_OTHER);
for (let code = 97; code <= 122; code++) ASCII_CLASS[code] = code - 97;
for (let code = 65; code <= 90; code++) ASCII_CLASS[code] = code - 65;
for (let code = 48; code <= 57; code++) ASCII_CLASS[code] = 26 + code - 48;
ASCII_CLASS[39] = CLASS_APOSTROPHE;
ASCII_CLASS[46] = CLASS_DOT;
ASCII_CLASS[47] = CLASS_SLASH;
for (const code of [9, 10, 11, 12, 13, 32, 45]) ASCII_CLASS[code] = CLASS_SEPARATOR;

/**
 * Latin letters with diacritics (U+00C0–U+024F) fold to their base letter, so German and French
 * phrases match with or without accents ("intérêt", "interet"). ß, æ and œ have no single base letter:
 * they fold to s, a and o, the same way in phrases and in text, so "Maßnahmen" still matches itself.
 */
const LATIN_FIRST = 0xc0;
// × and ÷ sit among these letters; with no base letter a-z they stay CLASS_OTHER.
const LATIN_CLASS = new Uint8Array(0x250 - LATIN_FIRST).fill(CLASS_OTHER);
for (let code = LATIN_FIRST; code < 0x250; code++) {
  const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
  const baseCode = base.charCodeAt(0);
  if (baseCode >= 97 && baseCode <= 122) LATIN_CLASS[code - LATIN_FIRST] = baseCode - 97;
}
for (const [char, base] of [
  ['ß', 's'],
  ['ẞ', 's'],
  ['æ', 'a'],
  ['Æ', 'a'],
  ['œ', 'o'],
  ['Œ', 'o'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['ł', 'l'],
  ['Ł', 'l'],
  ['đ', 'd'],
  ['Đ', 'd'],
] as const) {
  const code = char.charCodeAt(0);
  if (code >= LATIN_FIRST && code < 0x250) LATIN_CLASS[code - LATIN_FIRST] = base.charCodeAt(0) - 97;
}
const CAPITAL_SHARP_S = 0x1e9e;

export function classOfWide(code: number): number {
  if (code >= LATIN_FIRST && code < 0x250) return LATIN_CLASS[code - LATIN_FIRST]!;
  switch (code) {
    case CAPITAL_SHARP_S:
      return 18; // s
    case 0x2019: // right single quotation mark, the typographic apostrophe
    case 0x2018:
      return CLASS_APOSTROPHE;
    case 0x00a0: // no-break space
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2028:
    case 0x2029:
    case 0x202f:
      return CLASS_SEPARATOR;
    default:
      return CLASS_OTHER;
  }
}

export function classOf(code: number): number {
  return code < 128 ? ASCII_CLASS[code]! : classOfWide(code);
}

/** Characters that make up words, for whole-word checks at match edges. */
const WORD_CHAR = /[\p{L}\p{N}_'\u2019]/u;
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && char !== '' && WORD_CHAR.test(char);
}

// The same test by UTF-16 code unit, with a table for ASCII: it runs at every candidate match.
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
/** isWordChar for text.charCodeAt(i); NaN (outside the text) is no word character. */
function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  return code === code && WORD_CHAR.test(String.fromCharCode(code));
}

/** Punctuation that joins words into one token when it stands between them: "www.partners.com", "a@b", "x/partners". */
function isJoiner(code: number): boolean {
  return code === 46 || code === 64 || code === 47 || code === 58 || code === 95; // . @ / : _
}

/** True when a phrase may start at `start`: not inside a word, a domain, an address or a path. */
export function isBoundaryBefore(text: string, start: number): boolean {
  const previous = text.charCodeAt(start - 1);
  if (isWordCode(previous)) return false;
  return !(isJoiner(previous) && isWordCode(text.charCodeAt(start - 2)));
}

/** True when a phrase may end at `end` (exclusive). */
export function isBoundaryAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (isWordCode(next)) return false;
  return !(isJoiner(next) && isWordCode(text.charCodeAt(end + 1)));
}
