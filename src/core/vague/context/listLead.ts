// Whether a list item stands under a lead-in that gives data away: "We share your information
// with:" or "## Who we share your data with", then "- service providers", "- affiliates". The item
// alone has no verb; its lead-in says what the recipients in it receive.
import { testCaseless, caseless } from '../../text/asciiCaseless';
import { lineMemo } from './lineMemo';

const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]/;
const NUMBER_BEFORE = /^[ \t>]*\d{1,9}[.)][ \t]*$/;
/** A lead-in (a paragraph line or a heading) about giving data or about who receives it. */
const FLOW_LEAD = caseless(
  /\b(?:shar(?:e|es|ed|ing)|disclos\w*|transfer\w*|transmi\w*|pass(?:es|ed|ing)? on|sell|sold|recipients?|access|provid\w* (?:it|them|(?:your|personal|this|the|such|certain) (?:data|information))|with whom|processors?|who (?:receives?|gets?))\b/iu,
);

/** `sentenceStart`: where the finding's sentence starts (a list item's sentence starts at its line). */
export function isUnderFlowListLead(text: string, sentenceStart: number): boolean {
  return judgeListLead(text, sentenceStart, 'flow-list-lead', (line) => testCaseless(FLOW_LEAD, line));
}

/**
 * For a sentence that is a list item (it starts at its line: sentence.ts ends sentences at list
 * items), `judge` applied to the list's lead-in, the first line above its items that is neither
 * blank, an item nor an indented continuation line; false for any other sentence or when no lead-in
 * is found. Every line walked over belongs to the same list and gets the same answer: remembered
 * under `memoKey`, so a long list is walked once, not once per item.
 */
export function judgeListLead(text: string, sentenceStart: number, memoKey: string, judge: (lead: string) => boolean): boolean {
  // The sentence of a numbered item starts after its number ("1." ends a sentence for sentence.ts): its line is the item.
  if (sentenceStart > 0 && text[sentenceStart - 1] !== '\n') {
    // Looked for within 16 characters only: a search back to the line's start would cost a long line's length per finding.
    let lineStart = sentenceStart;
    while (lineStart > 0 && sentenceStart - lineStart <= 16 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    if ((lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) || !NUMBER_BEFORE.test(text.slice(lineStart, sentenceStart))) return false;
    sentenceStart = lineStart;
  }
  if (!LIST_ITEM.test(text.slice(sentenceStart, sentenceStart + 16))) return false;
  const memo = lineMemo(text, memoKey);
  const walked: number[] = [];
  let answer = false;
  for (let cursor = sentenceStart; cursor > 0;) {
    const known = memo.get(cursor);
    if (known !== undefined) {
      answer = known;
      break;
    }
    walked.push(cursor);
    const end = cursor - 1;
    let start = end;
    const floor = Math.max(0, end - 2000);
    while (start > floor && text.charCodeAt(start - 1) !== 10) start--; // by code: indexing makes a one-character string each step
    if (start === floor && floor > 0) break; // a line this long is no lead-in
    const line = text.slice(start, end).replace(/\r$/, '');
    cursor = start;
    if (line.trim() === '' || LIST_ITEM.test(line) || /^[ \t]{2,}/.test(line)) continue;
    answer = judge(line);
    break;
  }
  for (const line of walked) memo.set(line, answer);
  return answer;
}
