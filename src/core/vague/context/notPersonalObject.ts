// "we may use such deidentified information for any purpose", "(or we may collect personal
// information that has already been deidentified/anonymized)", "We may aggregate all information …
// and share such aggregated information with third parties": the hedge's object, or the phrase
// itself, is data the sentence has made de-identified, anonymised or aggregated. The sentence-wide
// check (analyseContext.ts NOT_PERSONAL_DATA) stands aside when the sentence also names personal
// data, as these do ("personal information that has already been deidentified"); read at the
// phrase, the data it is about is no longer about a person. "We may aggregate all information
// (including your personal information)" keeps its finding: the hedge is the aggregating itself.
import { caseless, testCaseless } from '../../text/asciiCaseless';

/** Right after a hedge: its object is de-identified, anonymised or aggregated data. */
const NOT_PERSONAL_OBJECT_AFTER = caseless(
  /^[ \t]+(?:(?:such|this|the|that|these)[ \t]+)?(?:(?:de-?identified|anonymi[sz]ed|aggregated?)(?:\/(?:de-?identified|anonymi[sz]ed|aggregated?))?[ \t]+(?:information|data)\b|(?:personal[ \t]+)?(?:information|data)[ \t]+that[ \t]+(?:has|have)[ \t]+(?:already[ \t]+)?been[ \t]+(?:de-?identified|anonymi[sz]ed|aggregated)\b)/iu,
);
/** Right before an aggregate-data phrase: it points back ("such", "this") at data the sentence has just aggregated. */
const POINTS_BACK_BEFORE = caseless(/\b(?:such|this|these|the same)[ \t]+$/iu);
/** Rules whose phrase is itself aggregated or de-identified data. */
export const NOT_PERSONAL_PHRASE_RULES: ReadonlySet<string> = new Set(['aggregated-data', 'de-identified-data']);

/** `after`: the sentence after a hedge. */
export function isHedgeOnNotPersonalData(after: string): boolean {
  const head = after.slice(0, 80);
  return (head.includes('ident') || head.includes('nonymi') || head.includes('ggregat')) && testCaseless(NOT_PERSONAL_OBJECT_AFTER, head);
}

/** `before`: the sentence up to an aggregated-data phrase; `sentence`: the whole sentence, which must have made the data so. */
export function isPointingBackAtMadeAnonymous(before: string): boolean {
  return testCaseless(POINTS_BACK_BEFORE, before.slice(-20)) && /\b(?:aggregat|de-?identif|anonymi[sz])/iu.test(before);
}
