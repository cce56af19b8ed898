// "Certain information is already processed automatically as soon as you use the app. We have listed
// below which personal data is processed exactly:", "Below, we list the cookies and services that this
// site can use." and a table: the sentence, or the one right after, says the data is listed below
// (in prose, a table or sections, not only in a colon list listFollows.ts reads). Judged on real
// policies, the vague data or the hedge is then resolved where the policy points.
import { testCaseless, caseless } from '../../text/asciiCaseless';

/** How far past the phrase's sentence the pointer is looked for (the next sentence). */
export const POINTS_BELOW_REACH = 300;

/** "(we have) listed below which …", "Below, we list …", "below is a list of …", "set out in the table below". */
const POINTER = caseless(
  /\b(?:(?:have|are|is)\s+)?(?:listed|set\s+out|detailed)\s+below\b|\bbelow,?\s+(?:we\s+)?(?:list|set\s+out|detail)\b|\bbelow\s+(?:is|are|you\s+will\s+find)\s+(?:a\s+|the\s+)?(?:list|table)\b|\b(?:list|table)\s+below\s+(?:shows|lists|sets\s+out)\b/iu,
);
/** …of data or of the trackers that collect it, not of recipients or purposes. */
const DATA_NOUN = caseless(/\b(?:data|information|details|cookies|services|technologies)\b/iu);
/** A pointer that excludes what is not listed ("other than those listed below") limits instead. */
const EXCLUDING = caseless(/\b(?:other\s+than|except|beyond)\b[^.]{0,40}\bbelow\b/iu);

function pointsBelow(sentence: string): boolean {
  return testCaseless(POINTER, sentence) && testCaseless(DATA_NOUN, sentence) && !testCaseless(EXCLUDING, sentence);
}

/**
 * `sentence`: the phrase's own sentence; `next`: the text from where it ends. `ownOnly`: for a hedge,
 * only its own sentence counts, up to the hedge ("Below, we list the cookies … that this site can
 * use"); "may share … with the third parties listed below" is the object's own list (analyseContext.ts).
 */
export function isPointedBelow(sentence: string, next: string, ownOnly: boolean): boolean {
  if (pointsBelow(sentence)) return true;
  if (ownOnly) return false;
  const rest = next.slice(0, POINTS_BELOW_REACH).replace(/^[.!?]?["”’)]*[ \t]*/u, '');
  // The next sentence, in the same paragraph.
  if (rest.startsWith('\n')) return false;
  const end = rest.search(/[.!?:](?:\s|$)/u);
  return pointsBelow(end === -1 ? rest : rest.slice(0, end + 1));
}
