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

/** Words that introduce the specific answer right after the vague term. */
const CLARIFIER = /^\s*[,(:\u2013\u2014-]?\s*(?:namely|specifically|i\.\s?e\.|that is|in particular|which (?:are|is)|listed (?:at|in|below)|defined (?:at|in|below)|as follows)(?![\p{L}\p{N}])/iu;
const LOOKAHEAD = 40;

export function isClarifiable(category: Category): boolean {
  return CLARIFIABLE.has(category);
}

export function isClarifiedAfter(text: string, end: number): boolean {
  return CLARIFIER.test(text.slice(end, end + LOOKAHEAD));
}
