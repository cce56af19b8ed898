// "We keep staff data for as long as is required by Dutch law (but no longer than 10 years)"; "OPF
// will accept your changes as soon as possible. You can expect the changes to be processed within a
// week"; "Inactive accounts and related data may be deleted after 12 months of inactivity": a vague
// time that the same sentence, or the one right after it, bounds with a concrete period. Judged on
// real policies the reader then knows the longest it can take. A period before the phrase ("for at
// least six years. However, … for longer if …") does not bound it and is not read.
import { caseless } from '../../text/asciiCaseless';

/** A concrete upper limit: "no longer than 10 years", "within a week", "after 12 months of inactivity". */
export const UPPER_BOUND = caseless(
  /\b(?:(?:no|not) (?:longer|more) than|at (?:the )?(?:most|latest)|within|up to|a maximum of)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|\d{1,4})\s+(?:calendar |business |working )?(?:hours?|days?|weeks?|months?|years?)\b|\bafter\s+(?:one|two|three|six|twelve|\d{1,4})\s+(?:days?|weeks?|months?|years?)\s+of\s+inactivity\b/iu,
);
/** How far into the next sentence the bound is looked for. */
export const NEXT_SENTENCE_BOUND_REACH = 160;

/** A hedge ("may be deleted"): the bound says how long, not whether it happens at all, so it stays. */
const HEDGE = caseless(/^(?:may|might|could|can)\b/iu);

/**
 * `matched`: the phrase; `after`: the sentence after it; `next`: the text after the sentence
 * (NEXT_SENTENCE_BOUND_REACH characters).
 */
export function isBoundedByPeriod(matched: string, after: string, next: string): boolean {
  if (HEDGE.test(matched)) return false;
  const nextSentence = next.slice(0, next.search(/[.!?](?:\s|$)/u) + 1 || next.length);
  return UPPER_BOUND.test(after) || UPPER_BOUND.test(nextSentence);
}
