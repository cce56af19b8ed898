// The clarification rule: a vague term that the text resolves straight away ("our partners, namely
// Stripe, Inc. and Adyen N.V.") is no longer a problem for the reader. Such findings are kept but
// lowered to 'hint' (and marked clarified), so the writer still sees them without noise in the
// Problems panel. Open lists ("such as") and hedges ("may") are never clarified by what follows.
import type { Category } from './ruleSchema';

const CLARIFIABLE: ReadonlySet<Category> = new Set<Category>([
  'unnamed-recipients',
  'open-purposes',
  'unspecific-data',
  'vague-time',
  'vague-legal-basis',
  'vague-quantity',
]);

/** Spacing that may stand between the term and its clarification: within the paragraph only. */
const GAP = String.raw`(?:[ \t\u00a0>]|\r?\n(?![ \t>]*(?:\r?\n|$)))*`;
/**
 * Words that introduce the specific answer right after the vague term, matched in place (sticky)
 * at the term's end, without copying the text: this runs for thousands of findings per document.
 */
const CLARIFIER = new RegExp(
  String.raw`${GAP}[,(:\u2013\u2014-]?${GAP}(?:namely|specifically|i\.\s?e\.|that is|which (?:are|is)|listed (?:at|in|below)|defined (?:at|in|below)|as follows)(?![\p{L}\p{N}])`,
  'iuy',
);

export function isClarifiable(category: Category): boolean {
  return CLARIFIABLE.has(category);
}

export function isClarifiedAfter(text: string, end: number): boolean {
  CLARIFIER.lastIndex = end;
  return CLARIFIER.test(text);
}

const BLANK_LINE = /(?:\r\n|\r|\n)[ \t>]*(?:\r\n|\r|\n)/;

/** Up to `length` characters after `offset`, cut at the next blank line: context never crosses a paragraph. */
export function withinParagraphAfter(text: string, offset: number, length: number): string {
  const window = text.slice(offset, offset + length);
  const cut = window.search(BLANK_LINE);
  return cut === -1 ? window : window.slice(0, cut);
}

/** Up to `length` characters before `offset`, cut at the last blank line. */
export function withinParagraphBefore(text: string, offset: number, length: number): string {
  const window = text.slice(Math.max(0, offset - length), offset);
  let cut = -1;
  for (const match of window.matchAll(new RegExp(BLANK_LINE.source, 'g'))) cut = match.index + match[0].length;
  return cut === -1 ? window : window.slice(cut);
}
