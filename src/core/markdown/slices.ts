// Splits a large Markdown document into slices that can be analysed one at a time, so a 10 MB
// document never blocks the editor for long. A slice boundary is a blank line followed by a line
// that starts at column 0 with a non-space character, outside fenced code and multi-line HTML
// (so every slice starts at the top level, as it would in the whole document). This is a small
// line scan for boundaries only; the structure itself still comes from markdown-it.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that may contain blank lines, with what ends them (CommonMark types 1-5). */
const HTML_OPENERS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * A line inside a long block (no blank line for `targetSize` characters) where the caller may cut
 * (see innerCuts.ts, which decides whether it can). `interrupting`: the line starts a block that ends
 * whatever came before it, at the top level, whatever that was (a bullet item, an ATX heading, an
 * HTML comment), and no HTML block that only a blank line ends has started since the last blank line.
 */
export interface InnerCut {
  inner: number;
  interrupting: boolean;
}

/** A bullet item with a letter or digit (not a thematic break), an ATX heading, or an HTML comment, at column 0. */
const INTERRUPTING_LINE = /^(?:[-+*][ \t]|#{1,6}(?:[ \t]|$)|<!--)/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** An HTML block start other than types 1-5 (tracked above): such a block ends only at a blank line. */
const HTML_TO_BLANK_LINE = /^ {0,3}<(?![!?])/;

/** Yielded by sliceBoundariesLazily every so often when no boundary was found yet: a chance to pause. */
export const PAUSE = -1;
const SCAN_CHARS_PER_PAUSE = 32 * 1024;

/**
 * The boundaries after `from`, found as the scan goes, with PAUSE between long stretches.
 * `targetSize` is read at every line, so the caller may change it between slices.
 */
export function* sliceBoundariesLazily(text: string, targetSize: number | (() => number), from = 0, inner = false): Generator<number | InnerCut> {
  const target = typeof targetSize === 'number' ? () => targetSize : targetSize;
  let lastBoundary = from;
  let lastPause = from;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  /** An HTML block that only a blank line ends may have started since the last blank line. */
  let htmlToBlankLine = false;
  let lineStart = from;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (fence !== undefined) {
      const closing = line.match(FENCE);
      if (closing && closing[1]![0] === fence[0] && closing[1]!.length >= fence.length && line.trim() === closing[1]) fence = undefined;
    } else if (htmlEnd !== undefined) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      const blank = line.trim() === '';
      const topLevel = !blank && !/^[ \t]/.test(line);
      if (previousBlank && topLevel && lineStart - lastBoundary >= target()) {
        yield lineStart;
        lastBoundary = lineStart;
        lastPause = lineStart;
      } else if (inner && !previousBlank && !blank && lineStart > lastBoundary && lineStart - lastBoundary >= target()) {
        yield { inner: lineStart, interrupting: !htmlToBlankLine && INTERRUPTING_LINE.test(line) && LETTER_OR_DIGIT.test(line.slice(1)) && !THEMATIC_BREAK.test(line) };
        lastBoundary = lineStart;
        lastPause = lineStart;
      }
      if (blank) htmlToBlankLine = false;
      else if (HTML_TO_BLANK_LINE.test(line)) htmlToBlankLine = true;
      const opening = line.match(FENCE);
      if (opening) fence = opening[1];
      else {
        const html = HTML_OPENERS.find(([open]) => open.test(line));
        if (html && !html[1].test(line.slice(line.search(/</) + 1))) htmlEnd = html[1];
      }
      previousBlank = blank;
    }
    lineStart = lineEnd + 1;
    if (lineStart - lastPause >= SCAN_CHARS_PER_PAUSE) {
      yield PAUSE;
      lastPause = lineStart;
    }
  }
}
