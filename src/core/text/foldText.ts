// Text folded for comparing names and words: case, diacritics and punctuation never decide a match.
// The directory's search index and queries and the word search of src/core/text all fold through it.

/** Letters that Unicode decomposition leaves alone but people type without their diacritic. */
const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };
const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Lower case, no diacritics ("Österreich" → "osterreich", "Straße" → "strasse"), punctuation as single spaces. */
export function foldText(text: string): string {
  // Most names are printable ASCII: skip the Unicode steps for them (index build time).
  if (isPrintableAscii(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(FOLD_PATTERN, (c) => FOLDS[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
