// "If Open Humans is involved in a reorganization, merger, acquisition or sale of our assets, your
// personal information may be transferred to another entity as part of that deal", "in connection with
// any merger, sale of company assets, financing or acquisition": a transfer clause that names the
// corporate events says when data changes hands. Judged on real policies, the named event ("merger")
// and the hedge on the transfer are then specific; the catch-all "corporate transaction" stays.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** The corporate-transactions rule, and the hedges on the transfer a named event resolves. */
export const CORPORATE_EVENT_RULES: ReadonlySet<string> = new Set(['corporate-transactions', 'may-share', 'may-be-shared']);

/** One named corporate event. */
const EVENT =
  /\b(?:mergers?|acquisitions?|acquired|reorgani[sz]ations?|restructurings?|bankruptcy|insolvency|divestitures?|dissolution|change of (?:control|ownership)|sale of (?:(?:all|some|part|substantially all|a portion) of )?(?:our |its |the |company |their )?(?:company|business|shares|stock|assets))\b/giu;
/** The catch-all the rule is really about: it names no event. */
const CATCH_ALL = caseless(/\b(?:corporate|business)\s+transactions?\b/iu);

/** A hedge is resolved only when the sentence is the transfer's condition: "If … merger, acquisition …, your data may be transferred". */
const EVENT_CONDITION = caseless(/^[\s>*_#-]*(?:if|in the event|should|in case|in connection with|as part of)\b/iu);

/**
 * Whether the sentence names at least two distinct corporate events and the phrase `matched` is not
 * the catch-all; for a hedge (`hedge`), the sentence must also open with the event as its condition.
 */
export function namesCorporateEvents(sentence: string, matched: string, hedge: boolean): boolean {
  if (testCaseless(CATCH_ALL, matched)) return false;
  if (hedge && !testCaseless(EVENT_CONDITION, sentence)) return false;
  const events = new Set<string>();
  for (const found of sentence.matchAll(EVENT)) events.add(found[0].toLowerCase().replace(/s$/u, '').slice(0, 6));
  return events.size >= 2;
}
