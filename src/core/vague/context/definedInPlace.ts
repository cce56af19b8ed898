// A phrase the sentence turns into a defined term right after it: "your personally identifying
// information, or PII, to generate that credential", "certain data about your use of the app
// (hereinafter referred to as usage data)". The policy names a concept it then uses as a term;
// judged not vague on real policies. (A term defined before the phrase is resolvedNearby.ts's.)
import { caseless } from '../../text/asciiCaseless';

/** Categories whose phrases policies turn into terms. */
export const DEFINED_IN_PLACE_CATEGORIES: ReadonlySet<string> = new Set(['unspecific-data', 'unnamed-recipients']);

/** Where the naming may start: a few words of the phrase's own clause ("about your use of the app"). */
const SAME_CLAUSE = String.raw`^[^.;:!?()\n]{0,50}?`;
/** ", or PII," and "(PII)": an abbreviation in capitals. */
const ABBREVIATION = String.raw`(?:,[ \t]+or[ \t]+["“]?\p{Lu}{2,6}["”]?[ \t]*,|[ \t]*\([ \t]*["“]?\p{Lu}{2,6}["”]?[ \t]*\))`;
/** "(hereinafter referred to as usage data)", "(hereinafter “Usage Data”)". */
const HEREINAFTER = String.raw`[ \t]*\([ \t]*(?:hereinafter|hereafter)\b`;
const ABBREVIATED_AFTER = new RegExp(`^${ABBREVIATION}`, 'u');
const NAMED_AFTER = caseless(new RegExp(`${SAME_CLAUSE}${HEREINAFTER}`, 'iu'));
/** A phrase that ends in a capitalised word is a name ("outside the European Economic Area (EEA)"): its abbreviation names a place, not the phrase. */
function endsInName(matched: string): boolean {
  return /^\p{Lu}/u.test(matched.slice(matched.lastIndexOf(' ') + 1));
}

/**
 * Whether the text right after the phrase (`after`, to the sentence's end) names it as a term:
 * an abbreviation right after it, or "(hereinafter …)" later in its clause.
 */
export function isDefinedInPlace(matched: string, after: string): boolean {
  return (ABBREVIATED_AFTER.test(after) && !endsInName(matched)) || NAMED_AFTER.test(after);
}
