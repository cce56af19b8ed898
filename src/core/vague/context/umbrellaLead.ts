// "We collect information about you in various ways when you use our Sites. For example, …", "we
// collect certain categories of personal information about you from a variety of sources. ###
// Information You Provide to Us", "We may use information about you for various purposes, including
// to:": the data phrase stands for all the data the company holds, in a sentence that leads into
// the ways, sources or purposes the policy then goes through. The open part of such a sentence is
// the count of ways, sources or purposes, which has a finding (or a check) of its own; the data is
// named where each way or source is. "information about you from other sources" (no count, the
// sources left open) keeps its finding.
import { caseless, testCaseless } from '../../text/asciiCaseless';

/** Right after the data phrase: a vague count of the ways, sources or purposes. */
const COUNTED_AFTER = caseless(
  /^[ \t]+(?:in[ \t]+(?:various|different|many|several|a[ \t]+(?:number|variety|range)[ \t]+of(?:[ \t]+different)?)[ \t]+ways|from[ \t]+(?:various|many|several|a[ \t]+(?:number|variety|range)[ \t]+of)[ \t]+(?:different[ \t]+)?sources|for[ \t]+(?:various|many|several|a[ \t]+(?:number|variety|range)[ \t]+of)[ \t]+(?:different[ \t]+)?purposes)\b/iu,
);
/** The umbrella phrases: all the data about the user, not a part of it left open. */
export const UMBRELLA_RULES: ReadonlySet<string> = new Set(['information-about-you', 'data-we-collect']);

/** `after`: the sentence after the data phrase. */
export function leadsIntoCountedWays(after: string): boolean {
  const head = after.slice(0, 50);
  return (head.includes('ways') || head.includes('sources') || head.includes('purposes')) && testCaseless(COUNTED_AFTER, head);
}
