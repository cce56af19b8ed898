// "Canonical collects personal information from you in a number of different ways. For example, when
// you download …", "We collect information about you in various ways when you use our Sites": the
// vague amount counts the ways data is collected, which the policy then goes through; the data
// itself has phrases of its own. Judged on real policies, the count leaves nothing open.
import { caseless } from '../../text/asciiCaseless';

/** The amount's object is "ways": "in various ways" (the phrase holds it) or "a number of (different) ways". */
const WAYS_AFTER = caseless(/^\s+(?:(?:different|various|other)\s+)?ways\b/iu);
const WAYS_MATCHED = caseless(/\bways$/iu);
/** …of collecting data, said before it in the sentence. */
const COLLECTS = caseless(/\b(?:collect|obtain|gather|receive)\w*\b/iu);

/** Whether the vague amount counts the ways the company collects data. */
export function countsWaysOfCollecting(before: string, matched: string, after: string): boolean {
  const head = after.slice(0, 30);
  if (!matched.endsWith('ways') && !head.includes('ways')) return false;
  return (WAYS_MATCHED.test(matched) || WAYS_AFTER.test(head)) && COLLECTS.test(before.slice(-120));
}
