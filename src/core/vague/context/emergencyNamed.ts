// "or in an emergency to protect the personal safety of our users or any other person", "we may
// disclose your information without prior notice if we believe it's necessary to prevent imminent
// and serious bodily harm to a person": the case is named, a threat to someone's life or body. Judged
// on real policies, the hedge or the "safety of others" in such a clause leaves nothing open; the
// same words without the emergency ("protect the rights, property or safety of our users") stay.
import { caseless } from '../../text/asciiCaseless';
import type { Category } from '../ruleSchema';

/** Categories whose phrase an emergency in the same clause explains: the hedge and the basis. */
export const EMERGENCY_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['hedged-modality', 'vague-legal-basis']);

/** How far before and after the phrase the emergency is looked for (then cut at the clause). */
const BEFORE_REACH = 80;
const AFTER_REACH = 140;

/** A clause or list-item boundary: "; ", "(c) ", " - ", so an emergency in one item says nothing of the next. */
const CLAUSE_BREAK = /;|\(\w\)|\s[-–—]\s/gu;

/** The cheap test before the pattern: most clauses have none of these words. */
const EMERGENCY_WORD = caseless(/emergenc|harm|urgent|danger|threat|life/iu);

const EMERGENCY = caseless(
  /\b(?:emergenc(?:y|ies)|urgent\s+circumstances|imminent\s+(?:(?:and|or)\s+)?(?:serious\s+)?(?:(?:bodily|physical)\s+)?(?:harm|danger|threat|injury)|serious\s+(?:bodily|physical)\s+(?:harm|injury)|(?:danger|threat)s?\s+to\s+(?:the\s+|a\s+person[’']s\s+|someone[’']s\s+)?(?:life|lives)|life[- ]threatening)\b/iu,
);

/** The clause of `before` (the sentence up to the phrase) after its last break. */
function clauseBefore(before: string): string {
  const tail = before.slice(-BEFORE_REACH);
  let start = 0;
  for (const match of tail.matchAll(CLAUSE_BREAK)) start = match.index + match[0].length;
  return tail.slice(start);
}

/** The clause of `after` (the rest of the sentence) up to its first break. */
function clauseAfter(after: string): string {
  const head = after.slice(0, AFTER_REACH);
  const match = /;|\(\w\)|\s[-–—]\s/u.exec(head);
  return match ? head.slice(0, match.index) : head;
}

/** Whether the clause around the phrase names an emergency or a threat to someone's life or body. */
export function isInEmergencyClause(before: string, after: string): boolean {
  // Most sentences have none of the words near the phrase: two short scans, no clause cut.
  if (!EMERGENCY_WORD.test(before.slice(-BEFORE_REACH)) && !EMERGENCY_WORD.test(after.slice(0, AFTER_REACH))) return false;
  const clause = clauseBefore(before) + ' ' + clauseAfter(after);
  return EMERGENCY.test(clause);
}
