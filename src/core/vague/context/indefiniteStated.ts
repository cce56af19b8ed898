// "All content sent to mailing lists is archived indefinitely", "we will retain your account
// information indefinitely", a retention cell "| IP address | usage statistics | indefinitely |": a
// plain statement that named data is kept without limit. Judged on real policies, that is a clear
// (if long) period, not a vague one; "We may retain certain User Personal Information indefinitely"
// (a hedge, or data left open) stays.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** The retention rule whose phrase ("indefinitely", "forever") a plain statement makes clear. */
export const INDEFINITE_RULES: ReadonlySet<string> = new Set(['indefinitely']);

/** Before the phrase in its clause: a hedge on keeping it, or data that is itself left open. */
const HEDGED_OR_OPEN = caseless(
  /\b(?:may|might|could|can|possibly|potentially|certain|some|limited|other|various|any\s+(?:other\s+)?(?:personal\s+)?(?:data|information)|such\s+(?:data|information))\b|\b(?:if|unless|where|when)\b/iu,
);
/** What the clause says: keeping, storing, archiving. */
const KEPT = caseless(/\b(?:retain\w*|kept|keep\w*|stor\w+|archiv\w+|remain\w*|stays?|preserv\w+|held|hold\w*)\b/iu);
/** A table row: the cell is a retention column beside the data the row names. */
const TABLE_CELL_BEFORE = /\|[ \t]*$/u;
const TABLE_CELL_AFTER = /^[ \t]*\|/u;

/** `before`: the sentence up to the phrase; `after`: the rest of the sentence. */
export function isIndefiniteStatedPlainly(before: string, after: string): boolean {
  if (TABLE_CELL_BEFORE.test(before) && TABLE_CELL_AFTER.test(after)) return true;
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  return testCaseless(KEPT, clause) && !testCaseless(HEDGED_OR_OPEN, clause);
}
