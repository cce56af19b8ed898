// A sentence that restates what the policy has already said: "As we mentioned, we may share some
// information with third party vendors", "Our employees, contractors and affiliated organizations
// that process information for us as described above may be located…". The earlier passage is
// where the reader learns who and what; it is checked on its own. Judged so on real policies.
import { caselessFor, caseless } from '../../text/asciiCaseless';

/** Categories a restatement takes over from the passage it repeats: who, what, how much, whether. */
export const SAID_ABOVE_CATEGORIES: ReadonlySet<string> = new Set(['unnamed-recipients', 'unspecific-data', 'vague-quantity', 'hedged-modality', 'open-purposes']);

/** The sentence opens by saying it repeats: "As we mentioned,", "As already explained above,". */
const RESTATING_OPENING =
  /^[\s*_>#-]*As[ \t]+(?:(?:we|I)[ \t]+(?:have[ \t]+)?)?(?:already[ \t]+|previously[ \t]+)?(?:mentioned|said|explained|noted|stated|described|set[ \t]+out|outlined)(?:[ \t]+(?:above|earlier|before|previously))?[ \t]*,/u;

/** A pointer back in the clause: "as described above", "as mentioned earlier" (not "below", not "in this policy"). */
const POINTER_BACK = caseless(/\bas[ \t]+(?:(?:already|previously)[ \t]+)?(?:mentioned|described|explained|noted|stated|set[ \t]+out|outlined)[ \t]+(?:above|earlier|previously)\b/iu);
/** The words a pointer back ends in, as plain words. */
const POINTER_END_WORD = /above|earlier|previously/i;
/** Where a clause ends: the pointer only covers the clause it stands in. */
const CLAUSE_END = /[;:!?]|\.(?:\s|$)/u;

/**
 * Whether the finding restates the passage above. `sentence` is the finding's sentence,
 * `start`/`end` the finding's offsets in it: the sentence opens with "As we mentioned,", or the
 * finding ends at or before a pointer back ("as described above") in the same clause.
 */
export function isSaidAbove(sentence: string, start: number, end: number): boolean {
  if (RESTATING_OPENING.test(sentence)) return true;
  // A pointer back ends in one of these words; most sentences have none.
  if (!POINTER_END_WORD.test(sentence)) return false;
  const rest = sentence.slice(start);
  const pointer = caselessFor(POINTER_BACK, rest).exec(rest);
  if (!pointer) return false;
  const clauseEnd = rest.search(CLAUSE_END);
  return (clauseEnd === -1 || pointer.index < clauseEnd) && start + pointer.index + pointer[0].length >= end;
}
