// A hedged retention that the same sentence bounds with a concrete period: "We may retain access logs
// containing this data for up to 120 days, and then delete them". Judged on real policies the reader
// then knows the longest the data is kept, which is what the hedge would otherwise leave open.
// periodBound.ts does this for vague times and leaves hedges alone ("may be deleted after 12 months"
// says how long, not whether); for keeping data, the longest time is the question, and it is answered.
import { UPPER_BOUND } from './periodBound';

/** Hedges about keeping data. */
export const RETENTION_HEDGE_RULES: ReadonlySet<string> = new Set(['may-retain', 'may-be-retained']);

/** `after`: the sentence after the hedge. An "indefinitely" or "longer" in it leaves the time open. */
export function isRetentionBoundedByPeriod(after: string): boolean {
  return UPPER_BOUND.test(after) && !/\b(?:indefinitely|longer if|or longer|unless)\b/iu.test(after);
}
