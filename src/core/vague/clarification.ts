// The clarification rule: a vague term that the text resolves straight away ("our partners, namely
// Stripe, Inc. and Adyen N.V.") is no longer a problem for the reader. Such findings are kept but
// lowered to 'hint' (and marked clarified), so the writer still sees them without noise in the
// Problems panel. Open lists ("such as") and hedges ("may") are never clarified by what follows.
import type { Category } from './ruleSchema';

const CLARIFIABLE: ReadonlySet<Category> = new Set<Category>(['unnamed-recipients', 'open-purposes', 'unspecific-data', 'vague-time', 'vague-legal-basis', 'vague-quantity']);

/** Spacing that may stand between the term and its clarification: within the paragraph only. */
const GAP = String.raw`(?:[ \t\u00a0>]|\r?\n(?![ \t>]*(?:\r?\n|$)))*`;
/**
 * Words that introduce the specific answer right after the vague term, matched in place (sticky)
 * at the term's end, without copying the text: this runs for thousands of findings per document.
 */
const CLARIFIER = new RegExp(
  String.raw`${GAP}(?:[,(:\u2013\u2014-]${GAP})?(?:namely|specifically|i\.\s?e\.|that is|which (?:are|is)|listed (?:at|in|below)|defined (?:at|in|below)|as follows)(?![\p{L}\p{N}])`,
  'iuy',
);

export function isClarifiable(category: Category): boolean {
  return CLARIFIABLE.has(category);
}

/**
 * What can follow the term when a clarifier comes next: spacing, the punctuation above, or the first
 * letter of a clarifier. Checked first, as most terms are followed by none of these.
 */
const CLARIFIER_START = /[ \t\u00a0>\r\n,(:\u2013\u2014\-nsitwldaNSITWLDA\u017f]/; // ſ: case-insensitive "s" under /u

/** Another language's clarifier words (LanguageContextTables.clarifier) with the same spacing and punctuation before them. */
const otherClarifiers = new WeakMap<RegExp, RegExp>();

/** `clarifier`: the block's language's words (German, French); without it, the English ones above. */
export function isClarifiedAfter(text: string, end: number, clarifier?: RegExp): boolean {
  if (clarifier) {
    let sticky = otherClarifiers.get(clarifier);
    if (!sticky) otherClarifiers.set(clarifier, (sticky = new RegExp(String.raw`${GAP}(?:[,(:\u2013\u2014-]${GAP})?(?:${clarifier.source})`, 'iuy')));
    sticky.lastIndex = end;
    return sticky.test(text);
  }
  const next = text[end];
  if (next === undefined || !CLARIFIER_START.test(next)) return false;
  CLARIFIER.lastIndex = end;
  return CLARIFIER.test(text);
}

const BLANK_LINE = /(?:\r\n|\r|\n)[ \t>]*(?:\r\n|\r|\n)/;
const BLANK_LINES = new RegExp(BLANK_LINE.source, 'g');

/** Whether text[from, to) has a line break: a short loop beats searching a sliced string. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

/** Up to `length` characters after `offset`, cut at the next blank line: context never crosses a paragraph. */
export function withinParagraphAfter(text: string, offset: number, length: number): string {
  const window = text.slice(offset, offset + length);
  if (!hasLineBreak(text, offset, Math.min(text.length, offset + length))) return window;
  const cut = window.search(BLANK_LINE);
  return cut === -1 ? window : window.slice(0, cut);
}

/** Up to `length` characters before `offset`, cut at the last blank line. */
export function withinParagraphBefore(text: string, offset: number, length: number): string {
  const window = text.slice(Math.max(0, offset - length), offset);
  if (!hasLineBreak(text, Math.max(0, offset - length), Math.min(offset, text.length))) return window;
  let cut = -1;
  BLANK_LINES.lastIndex = 0;
  for (let match = BLANK_LINES.exec(window); match; match = BLANK_LINES.exec(window)) cut = match.index + match[0].length;
  return cut === -1 ? window : window.slice(cut);
}
