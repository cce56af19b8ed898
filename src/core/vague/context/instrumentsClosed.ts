// "and similar" closing a list of legal instruments: "comply with a subpoena, court order or
// similar legal obligation", "in complying with court orders and similar legal processes". The
// instruments say what kind of order is meant; judged not vague on real policies (an open
// "A and similar" after ordinary items keeps its finding).
import { caseless } from '../../text/asciiCaseless';

/** The instrument right before the closing phrase, in the same clause. */
const INSTRUMENT_BEFORE = caseless(/\b(?:subpoenas?|court[ \t]+orders?|(?:search[ \t]+)?warrants?|judicial[ \t]+orders?|legal[ \t]+process(?:es)?)[ \t]*(?:,[ \t]*)?$/iu);
/** What the list closes on: another instrument, an obligation or a request of the same kind. */
const LEGAL_NOUN_AFTER = caseless(
  /^[ \t]+(?:(?:legal|judicial|government(?:al)?|court|regulatory|law[ \t]+enforcement)[ \t]+)?(?:obligations?|process(?:es)?|orders?|requests?|demands?|requirements?|proceedings?)\b/iu,
);

/** Whether "or similar" (`before` the phrase, `after` it) closes a list of legal instruments. */
export function closesInstrumentList(before: string, after: string): boolean {
  return INSTRUMENT_BEFORE.test(before.slice(-60)) && LEGAL_NOUN_AFTER.test(after.slice(0, 60));
}
