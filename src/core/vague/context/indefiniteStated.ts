// "All content sent to mailing lists is archived indefinitely", "we will retain your account
// information indefinitely", a retention cell "| IP address | usage statistics | indefinitely |": a
// plain statement that named data is kept without limit. Judged on real policies, that is a clear
// (if long) period, not a vague one; "We may retain certain User Personal Information indefinitely"
// (a hedge, or data left open) stays. A hedge is no doubt about the period when the sentence says
// why the named data is kept ("This data may be stored indefinitely so we can refer to it when
// running future events"), and a user's own condition at the start ("If your submission is
// successful, your name … will be displayed indefinitely") says when (issue #12, fp12l).
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** The retention rule whose phrase ("indefinitely", "forever") a plain statement makes clear. */
export const INDEFINITE_RULES: ReadonlySet<string> = new Set(['indefinitely']);

/** Before the phrase in its clause: a hedge on keeping it, or data that is itself left open. */
const HEDGED_OR_OPEN = caseless(
  /\b(?:may|might|could|can|possibly|potentially|certain|some|limited|other|various|any\s+(?:other\s+)?(?:personal\s+)?(?:data|information)|such\s+(?:data|information))\b|\b(?:if|unless|where|when)\b/iu,
);
/** Data left open before the phrase: a hedge on keeping it is then no longer the only doubt. */
const OPEN_DATA = caseless(/\b(?:certain|some|limited|other|various|any\s+(?:other\s+)?(?:personal\s+)?(?:data|information)|such\s+(?:data|information))\b|\b(?:unless|where|when)\b/iu);
/** Right after the phrase: why it is kept ("so we can refer to it", "in order to power …"). */
const REASON_AFTER = caseless(/^[ \t]*(?:,[ \t]*)?(?:so (?:that )?(?:we|they|you|it) (?:can|could|may)|in order to|to (?!the\b|a\b|an\b|any\b|us\b|you\b|third)\w+)/iu);
/** A condition at the start that is the user's own ("If you choose to allow recording, …", "If your submission is successful, …"). */
const USER_CONDITION_FIRST = caseless(/^(?:[ \t]*#[^\n]*\n)?\W*if\s+(?:you|your)\b[^,;:.]*,/iu);
/** What the clause says: keeping, storing, archiving, or showing it publicly. */
const KEPT = caseless(/\b(?:retain\w*|kept|keep\w*|stor\w+|archiv\w+|remain\w*|stays?|preserv\w+|held|hold\w*|display\w*|available|publish\w*|visible)\b/iu);
/** A table row: the cell is a retention column beside the data the row names. */
const TABLE_CELL_BEFORE = /\|[ \t]*$/u;
const TABLE_CELL_AFTER = /^[ \t]*\|/u;

/** `before`: the sentence up to the phrase; `after`: the rest of the sentence. */
export function isIndefiniteStatedPlainly(before: string, after: string): boolean {
  if (TABLE_CELL_BEFORE.test(before) && TABLE_CELL_AFTER.test(after)) return true;
  let clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  const condition = USER_CONDITION_FIRST.exec(clause);
  if (condition) clause = clause.slice(condition[0].length);
  if (!testCaseless(KEPT, clause)) return false;
  if (!testCaseless(HEDGED_OR_OPEN, clause)) return true;
  // Only a hedge: it is plain when the reason for keeping follows.
  return !testCaseless(OPEN_DATA, clause) && testCaseless(REASON_AFTER, after);
}
