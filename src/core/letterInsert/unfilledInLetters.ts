// The unfilled [[field: label]] markers that belong to letters: those after a sent-letter marker.
// Letters have no end marker, so everything from the first letter on counts as letter text; a
// "[[…]]" in the prose above it (a wiki link, a note) is never flagged.
import { findSentLetters, MARKER_TAG } from '../letters/marker';
import { findUnfilledPlaceholders, type UnfilledPlaceholder } from '../letters/placeholders';

/** Cheap test before any parsing: could `text` hold an unfilled marker inside a letter? */
export function mayHaveUnfilledLetterFields(text: string): boolean {
  return text.includes(MARKER_TAG) && text.includes('[[');
}

/** Unfilled markers after the first sent-letter marker, in document order. */
export function unfilledInLetters(text: string): UnfilledPlaceholder[] {
  if (!mayHaveUnfilledLetterFields(text)) return [];
  const first = findSentLetters(text)[0];
  if (!first) return [];
  return findUnfilledPlaceholders(text.slice(first.end)).map((p) => ({ ...p, start: p.start + first.end, end: p.end + first.end }));
}
