// A vague time whose sentence, or the sentence right after, gives the period: "Inactive accounts
// and related data may be deleted after 12 months of inactivity", "We will accept your changes as
// soon as possible. You can expect the changes to be processed within a week." The reader learns
// how long; judged not vague on real policies. A lower bound ("at least six years") says nothing
// about the end, so it does not count.

/**
 * Rules about when or how often something happens, which a period answers. Conditions ("as
 * necessary") and hedges ("may be deleted") stay open whatever period stands beside them.
 */
export const PERIOD_RESOLVED_RULES: ReadonlySet<string> = new Set([
  'as-soon-as-possible',
  'promptly',
  'within-a-reasonable-time',
  'inactivity',
  'periodically',
  'from-time-to-time',
  'occasionally',
  'temporarily',
]);

/** How far into the next sentence the period is looked for. */
export const PERIOD_REACH = 160;

const NUMBER = String.raw`(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|eighteen|twenty|thirty|sixty|ninety)`;
/** "12 months", "six-year", "within a week"; not after a lower bound ("at least", "more than"). */
const PERIOD = new RegExp(
  String.raw`(?<!\b(?:least|minimum(?: of)?|less than|more than|over|longer than|beyond)[ \t])(?:\b${NUMBER}[ \t-](?:hours?|days?|weeks?|months?|years?)\b|\bwithin (?:a|one) (?:day|week|month|year)\b)`,
  'iu',
);

/**
 * Whether a concrete period stands in `sentence` outside the phrase (`start`/`end`: the phrase in
 * the sentence), or at the start of `next` (the text after the sentence, cut at a heading).
 */
export function isPeriodGiven(sentence: string, start: number, end: number, next: string): boolean {
  const heading = next.search(/\n[ \t]{0,3}#/u);
  const nextSentence = (heading === -1 ? next : next.slice(0, heading)).slice(0, PERIOD_REACH);
  return PERIOD.test(sentence.slice(0, start)) || PERIOD.test(sentence.slice(end)) || PERIOD.test(nextSentence);
}
