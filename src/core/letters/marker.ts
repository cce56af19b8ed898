// The comment every letter starts with, so a later command can find letters this extension
// inserted and offer the follow-up (reminder, complaint). It is an HTML comment, invisible when
// the Markdown is rendered:
//   <!-- right-to-object:letter eu-gdpr-21-1-en sent=2026-11-29 -->
import { isSupportedDate } from './dates';

export const MARKER_TAG = 'right-to-object:letter';

/** The marker line for a letter id and a date (or a template placeholder such as "{{date}}"). */
export function letterMarker(letterId: string, sent: string): string {
  return `<!-- ${MARKER_TAG} ${letterId} sent=${sent} -->`;
}

/** A marker found in a document. Offsets are UTF-16 code units. */
export interface SentLetterMarker {
  letterId: string;
  /** 'YYYY-MM-DD', or undefined when the date is missing, not a calendar date or outside SUPPORTED_DATES. */
  sentDate: string | undefined;
  /** The raw text after "sent=", for messages when sentDate is undefined. */
  rawSent: string;
  start: number;
  end: number;
}

// Only the head is a regular expression; the date runs to the first "-->", found by indexOf. A
// lazy `sent=(.*?)\s*-->` was quadratic on a marker followed by a long run of spaces (#19).
const MARKER_HEAD = /<!--\s*right-to-object:letter\s+([a-z0-9]+(?:-[a-z0-9]+)*)\s+sent=/g;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * Every letter marker in `text`, in document order. Unknown letter ids are returned too (the
 * catalogue may have changed since the letter was inserted); callers look them up with getLetter.
 */
export function findSentLetters(text: string): SentLetterMarker[] {
  const found: SentLetterMarker[] = [];
  // The next "-->" at or after a position; heads come in order, so one search serves many heads.
  let close = -1;
  for (const match of text.matchAll(MARKER_HEAD)) {
    const letterId = match[1];
    const previous = found[found.length - 1];
    if (letterId === undefined || (previous && match.index < previous.end)) continue;
    const from = match.index + match[0].length;
    if (close < from) close = text.indexOf('-->', from);
    if (close === -1) break;
    // The date may not span lines; whitespace (line breaks included) may precede the "-->".
    const rawSent = text.slice(from, close).trimEnd();
    if (LINE_BREAK.test(rawSent)) continue;
    found.push({ letterId, sentDate: isSupportedDate(rawSent) ? rawSent : undefined, rawSent, start: match.index, end: close + 3 });
  }
  return found;
}
