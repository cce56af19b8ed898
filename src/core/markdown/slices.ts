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

/** Offsets where slices start (the first is always `from`), each slice about `targetSize` long or more. */
export function sliceBoundaries(text: string, targetSize: number, from = 0): number[] {
  return [from, ...[...sliceBoundariesLazily(text, targetSize, from)].filter((at) => at !== PAUSE)];
}

/** Yielded by sliceBoundariesLazily every so often when no boundary was found yet: a chance to pause. */
export const PAUSE = -1;
const SCAN_CHARS_PER_PAUSE = 32 * 1024;

/**
 * The boundaries after `from`, found as the scan goes, with PAUSE between long stretches.
 * `targetSize` is read at every line, so the caller may change it between slices.
 */
export function* sliceBoundariesLazily(text: string, targetSize: number | (() => number), from = 0): Generator<number> {
  const target = typeof targetSize === 'number' ? () => targetSize : targetSize;
  let lastBoundary = from;
  let lastPause = from;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
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
      }
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
