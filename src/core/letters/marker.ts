// The comment every letter starts with, so a later command can find letters this extension
// inserted and offer the follow-up (reminder, complaint). It is an HTML comment, invisible when
// the Markdown is rendered:
//   <!-- right-to-object:letter eu-gdpr-21-1-en sent=2026-11-29 -->
import { isIsoDate } from './dates';

export const MARKER_TAG = 'right-to-object:letter';

/** The marker line for a letter id and a date (or a template placeholder such as "{{date}}"). */
export function letterMarker(letterId: string, sent: string): string {
  return `<!-- ${MARKER_TAG} ${letterId} sent=${sent} -->`;
}

/** A marker found in a document. Offsets are UTF-16 code units. */
export interface SentLetterMarker {
  letterId: string;
  /** 'YYYY-MM-DD', or undefined when the date in the marker is missing or not a calendar date. */
  sentDate: string | undefined;
  /** The raw text after "sent=", for messages when sentDate is undefined. */
  rawSent: string;
  start: number;
  end: number;
}

const MARKER_PATTERN = /<!--\s*right-to-object:letter\s+([a-z0-9]+(?:-[a-z0-9]+)*)\s+sent=(.*?)\s*-->/g;

/**
 * Every letter marker in `text`, in document order. Unknown letter ids are returned too (the
 * catalogue may have changed since the letter was inserted); callers look them up with getLetter.
 */
export function findSentLetters(text: string): SentLetterMarker[] {
  const found: SentLetterMarker[] = [];
  for (const match of text.matchAll(MARKER_PATTERN)) {
    const [whole, letterId, rawSent] = match;
    if (letterId === undefined || rawSent === undefined || match.index === undefined) continue;
    found.push({
      letterId,
      sentDate: isIsoDate(rawSent) ? rawSent : undefined,
      rawSent,
      start: match.index,
      end: match.index + whole.length,
    });
  }
  return found;
}
