// The comment every letter starts with, so a later command can find letters this extension
// inserted and offer the follow-up (reminder, complaint). It is an HTML comment, invisible when
// the Markdown is rendered. The one syntax, documented in README.md ("Markers"):
//   <!-- right-to-object:letter ID sent=YYYY-MM-DD [received=YYYY-MM-DD] [country=CC] [to=RECIPIENT] -->
// `received` is the day the recipient got the letter (same day for e-mail and web forms); without
// it, deadlines are the earliest possible end. `country` is the controller's country of
// establishment (or UK nation, "GB-SCT"), whose public holidays the deadline skips. `to` is the
// company the letter went to; it comes last and runs to the end of the comment, so it may contain
// spaces. Markers written before these fields existed (only `sent=`) keep working.
import { isSupportedDate } from './dates';

export const MARKER_TAG = 'right-to-object:letter';

/**
 * The line after a letter's signature, so the letter's extent is known (its boilerplate is not
 * linted as policy text). Letters inserted before it existed run to the next letter marker, the
 * next heading or the end of the document.
 */
export const LETTER_END_MARKER = '<!-- /right-to-object:letter -->';

/** Fields a marker may carry after `sent=`. */
export interface MarkerExtras {
  received?: string;
  country?: string;
  /** The recipient company; line breaks and "--" are dropped so the comment stays intact. */
  to?: string;
}

/** A recipient as it can stand in the marker: one line, no comment terminator. */
function markerSafe(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/--+/g, '-').replace(/>/g, '').trim();
}

/** The marker line for a letter id and a date (or a template placeholder such as "{{date}}"). */
export function letterMarker(letterId: string, sent: string, extras: MarkerExtras = {}): string {
  const tail = [
    extras.received !== undefined ? ` received=${extras.received}` : '',
    extras.country !== undefined ? ` country=${extras.country}` : '',
    extras.to !== undefined && markerSafe(extras.to) !== '' ? ` to=${markerSafe(extras.to)}` : '',
  ].join('');
  return `<!-- ${MARKER_TAG} ${letterId} sent=${sent}${tail} -->`;
}

/** A marker found in a document. Offsets are UTF-16 code units. */
export interface SentLetterMarker {
  letterId: string;
  /** 'YYYY-MM-DD', or undefined when the date is missing, not a calendar date or outside SUPPORTED_DATES. */
  sentDate: string | undefined;
  /** The raw text after "sent=", for messages when sentDate is undefined. */
  rawSent: string;
  /** 'YYYY-MM-DD' when the marker has a valid `received=`. */
  receivedDate?: string;
  /** The controller's country code when the marker has `country=`. */
  country?: string;
  /** The recipient company when the marker has `to=`. */
  to?: string;
  start: number;
  end: number;
}

// Only the head is a regular expression; the rest runs to the first "-->", found by indexOf. A
// lazy `sent=(.*?)\s*-->` was quadratic on a marker followed by a long run of spaces (#19).
const MARKER_HEAD = /<!--\s*right-to-object:letter\s+([a-z0-9]+(?:-[a-z0-9]+)*)\s+sent=/g;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const EXTRA = /^(received|country)=(\S+)$/;

/** Splits "2026-04-01 received=2026-04-02 country=FR to=ACME Ltd" into the sent date and the extras. */
function parseTail(tail: string): { rawSent: string; extras: MarkerExtras } {
  const toAt = tail.search(/\sto=/);
  const to = toAt >= 0 ? tail.slice(toAt).trim().slice(3).trim() : undefined;
  const [first = '', ...rest] = (toAt >= 0 ? tail.slice(0, toAt) : tail).split(/\s+/);
  const extras: MarkerExtras = to ? { to } : {};
  for (const token of rest) {
    const match = EXTRA.exec(token);
    // Anything else after the date: an old or hand-edited marker; keep the whole tail as the date.
    if (!match) return { rawSent: tail, extras: {} };
    if (match[1] === 'received') extras.received = match[2];
    else extras.country = match[2];
  }
  return { rawSent: first, extras };
}

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
    // The fields may not span lines; whitespace (line breaks included) may precede the "-->".
    const tail = text.slice(from, close).trim();
    if (LINE_BREAK.test(tail)) continue;
    const { rawSent, extras } = parseTail(tail);
    const marker: SentLetterMarker = { letterId, sentDate: isSupportedDate(rawSent) ? rawSent : undefined, rawSent, start: match.index, end: close + 3 };
    if (extras.received !== undefined && isSupportedDate(extras.received)) marker.receivedDate = extras.received;
    if (extras.country !== undefined) marker.country = extras.country;
    if (extras.to !== undefined) marker.to = extras.to;
    found.push(marker);
  }
  return found;
}

/** A letter's extent in a document: from its marker to the end of its end marker (UTF-16 offsets). */
export interface LetterRange {
  start: number;
  end: number;
}

/** A line starting with "#" (a heading) ends a letter that has no end marker: letters have none. */
const HEADING_LINE = /\n {0,3}#/g;

/** The letters the extension inserted, from each marker to its end marker (or the next letter, heading or the end). */
export function insertedLetterRanges(text: string): LetterRange[] {
  if (!text.includes(MARKER_TAG)) return [];
  const markers = findSentLetters(text);
  return markers.map((marker, index): LetterRange => {
    const next = markers[index + 1]?.start ?? text.length;
    const closing = text.indexOf(LETTER_END_MARKER, marker.end);
    if (closing !== -1 && closing < next) return { start: marker.start, end: closing + LETTER_END_MARKER.length };
    HEADING_LINE.lastIndex = marker.end;
    const heading = HEADING_LINE.exec(text);
    return { start: marker.start, end: heading && heading.index < next ? heading.index : next };
  });
}

/** Whether `offset` is inside one of `ranges` (sorted, not overlapping). */
export function insideRanges(ranges: readonly LetterRange[], offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (offset < range.start) high = middle - 1;
    else if (offset >= range.end) low = middle + 1;
    else return true;
  }
  return false;
}
