// markdown-it reads a thematic break ("---", "***", "___") character by character, slowly: a 1 MB
// line of "_" took ~30 ms of one lint step (#19). Scope analysis uses only the line numbers of such
// a line (it holds no text to lint), so a long one is handed to markdown-it as its first three
// markers: the same thematic break or setext underline, on the same line.

/** Lines shorter than this are left alone: nearly every document has none longer. */
const LONG_LINE = 256;

/**
 * `body` with each thematic-break line longer than LONG_LINE cut to its indentation and three
 * markers; the same string when there is none. Line breaks, and so line numbers, are unchanged.
 */
export function shortenLongBreaks(body: string, lineStarts: readonly number[], firstLine = 0, offset = 0): string {
  let result: string[] | undefined;
  let copiedTo = 0;
  for (let line = firstLine; line < lineStarts.length; line++) {
    const start = Math.max(0, lineStarts[line]! - offset);
    const next = line + 1 < lineStarts.length ? lineStarts[line + 1]! - offset : body.length;
    if (next - start < LONG_LINE) continue;
    const end = lineContentEnd(body, start, next);
    const cut = thematicBreakCut(body, start, end);
    if (cut === undefined) continue;
    (result ??= []).push(body.slice(copiedTo, cut));
    copiedTo = end;
  }
  if (!result) return body;
  result.push(body.slice(copiedTo));
  return result.join('');
}

/** Where the line's content ends, before its "\n", "\r\n" or "\r". */
function lineContentEnd(text: string, start: number, next: number): number {
  let end = next;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/**
 * When text[start, end) is up to three spaces then a thematic break (one of "-", "*", "_" three times or
 * more, with spaces or tabs between), the offset just after its third marker; else undefined.
 */
function thematicBreakCut(text: string, start: number, end: number): number | undefined {
  // Up to three spaces: a line indented further may be a paragraph's continuation or code.
  let at = start;
  while (at < end && at - start < 3 && text.charCodeAt(at) === 32) at++;
  const marker = text.charCodeAt(at);
  if (marker !== 45 /* - */ && marker !== 42 /* * */ && marker !== 95 /* _ */) return undefined;
  let markers = 0;
  let third = -1;
  for (; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === marker) {
      markers++;
      if (markers === 3) third = at + 1;
    } else if (!isBlank(code)) return undefined;
  }
  return markers >= 3 ? third : undefined;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}
