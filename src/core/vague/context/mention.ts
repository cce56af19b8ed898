// Use and mention: in the analyst's own prose a phrase in quotation marks ("legitimate interests"
// leaves open which interest) is mentioned, not used. Quotation marks are looked for within the
// sentence: an opening mark before the phrase with no closing mark between, and a closing mark after.

const OPENING = '“"‘«„';
const CLOSING = '”"’»“';

/** Any opening mark (the straight one included): without one in the sentence nothing in it is quoted. */
const ANY_OPENING = new RegExp(`[${OPENING}]`);
/** The last sentence asked about and whether it holds an opening mark (its findings come in a row). */
let lastSentence: string | undefined;
let lastHasOpening = false;

export function isQuotedMention(sentence: string, start: number, end: number): boolean {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastHasOpening = ANY_OPENING.test(sentence);
  }
  if (!lastHasOpening) return false;
  // Straight double quotes: an odd number before the phrase means it is inside a quotation.
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  let straightBefore = 0;
  for (let at = before.indexOf('"'); at !== -1; at = before.indexOf('"', at + 1)) straightBefore++;
  if (straightBefore % 2 === 1 && after.includes('"')) return true;
  for (let i = 0; i < OPENING.length; i++) {
    const open = OPENING[i]!;
    const close = CLOSING[i]!;
    if (open === '"') continue;
    const opened = before.lastIndexOf(open);
    if (opened === -1) continue;
    // ‘ and ’ double as apostrophes: "company’s" must not close a quotation.
    const closedBetween = close === '’' ? /’(?![\p{L}])/u.test(before.slice(opened + 1)) : before.indexOf(close, opened + 1) !== -1;
    if (closedBetween) continue;
    const closing = close === '’' ? after.search(/’(?![\p{L}])/u) : after.indexOf(close);
    if (closing !== -1 && closing < 200) return true;
  }
  return false;
}
