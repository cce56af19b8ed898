// Cutting one long Markdown block (a megabyte-sized table, paragraph or list with no blank line) so
// each part can be parsed on its own and the parts' masked text equals the whole document's. A cut
// is made only where that provably holds (see continuationAfter); each rule below names the
// markdown-it behaviour it relies on, and test/unit/slicedLint.test.ts compares sliced and whole
// results over every cut position of tricky documents.
import type { TopLevelBlock } from './scope';

/** How the part after a cut is parsed: after `prefix` (whose own output is dropped), so it continues the block. */
export interface Continuation {
  prefix: string;
  /** Table only: the header's column count. */
  table?: { columns: number };
}

/** markdown-it ends a table once it has filled in more empty cells than this (rules_block/table). */
export const MAX_AUTOCOMPLETED_CELLS = 0x10000;

/**
 * Lines that would change how the lines before them parse: a setext underline (turns the paragraph
 * above into a heading) or a table delimiter row (turns the line above into a table header).
 */
const RETROACTIVE_LINE = /^[ \t]*[-=|:][-=|: \t]*$/;

/** The cells markdown-it's table rule counts in one row (its escapedSplit, then empty ends dropped). */
export function tableRowCells(line: string): number {
  const trimmed = line.trim();
  let cells = 1;
  for (let i = 0; i < trimmed.length; i++) if (trimmed.charCodeAt(i) === 0x7c && (i === 0 || trimmed.charCodeAt(i - 1) !== 0x5c)) cells++;
  if (cells > 1 && trimmed.startsWith('|')) cells--;
  if (cells > 1 ? trimmed.endsWith('|') && trimmed.charCodeAt(trimmed.length - 2) !== 0x5c : trimmed === '|') cells--;
  return cells;
}

/**
 * Whether inline parsing of text[from, to) (part of one paragraph) cannot reach past `to`: nothing
 * that can span lines opens there. Only code spans (`), links and images ([) and inline HTML or
 * autolinks (< before a letter, / ! or ?) can; an HTML comment closed on its own line cannot.
 */
export function isInlineClosed(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x60 || code === 0x5b) return false;
    if (code !== 0x3c) continue;
    const next = text[i + 1] ?? '';
    if (!/[A-Za-z/!?]/.test(next)) continue;
    if (!text.startsWith('<!--', i)) return false;
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const close = text.indexOf('-->', i + 2);
    if (close === -1 || close + 3 > lineEnd) return false;
    i = close + 2;
  }
  return true;
}

/** Whether the line starting at `at` could change how the line above it parses (see RETROACTIVE_LINE). */
export function isRetroactiveLine(text: string, at: number): boolean {
  let end = text.indexOf('\n', at);
  if (end === -1) end = text.length;
  return RETROACTIVE_LINE.test(text.slice(at, end).replace(/\r$/, ''));
}

/** A line break that ends the line before a blank line (or the text). */
const BEFORE_BLANK_LINE = /\n[ \t\r]*(?=\n|$)/g;

/** Lines from `from` (a line start) to the end of its stretch of non-blank lines (the next blank line, or the end). */
export function linesToBlankLine(text: string, from: number): number {
  BEFORE_BLANK_LINE.lastIndex = Math.max(0, from - 1);
  const match = BEFORE_BLANK_LINE.exec(text);
  const end = match ? match.index + 1 : text.length;
  return lineCount(text, from, end) + (end === text.length && !text.endsWith('\n') ? 1 : 0);
}

export interface PartFacts {
  /** The text (the whole document) and the part just parsed: [start, cut), `cut` at a line start. */
  text: string;
  start: number;
  cut: number;
  /** The part's top-level blocks, in lines of the part as parsed (prefix lines included). */
  blocks: readonly TopLevelBlock[];
  /** Number of lines of the part as parsed (prefix lines included). */
  lines: number;
  prefixLines: number;
  /** How this part was parsed. */
  continuation: Continuation;
  /** Lines from the cut to the end of the stretch of non-blank lines holding it (a table's rows at most). */
  linesAfter: () => number;
  /** For a paragraph continued from earlier parts: where its text starts. */
  paragraphStart?: number;
}

/**
 * How to parse the part after `cut`, so that it parses as it would in the whole document, or
 * undefined when this cut cannot be made. The block that runs into the cut decides:
 * - a table (markdown-it reads each body row on its own): the next part starts after the header
 *   and delimiter rows; the one count its rows share (filled-in cells) must stay under
 *   markdown-it's limit however the rows are split;
 * - a paragraph whose inline syntax closes before the cut, cut before a line that cannot change
 *   the line above: the next part starts after a one-line paragraph, so its first line is a
 *   continuation line, as in the whole document. (A setext underline further down makes the
 *   paragraph a heading in both: the same lines are read, with the same inline syntax.)
 */
export function continuationAfter(facts: PartFacts): { continuation: Continuation; paragraphStart?: number } | undefined {
  const last = facts.blocks[facts.blocks.length - 1];
  if (!last || last.endLine !== facts.lines) return undefined;
  const { text, cut } = facts;
  if (last.type === 'table_open') {
    if (facts.continuation.table && last.startLine < facts.prefixLines) return { continuation: facts.continuation };
    // The table starts in this part: its header and delimiter rows are its first two lines.
    if (last.startLine < facts.prefixLines) return undefined;
    const headerStart = lineStartIn(text, facts.start, last.startLine - facts.prefixLines);
    const bodyStart = lineStartIn(text, headerStart, 2);
    const header = text.slice(headerStart, bodyStart);
    const columns = tableRowCells(header.slice(0, header.indexOf('\n')));
    // Each row fills in at most `columns` cells: with few enough rows left, neither the whole
    // document's count nor any part's (counted from zero) reaches the limit, wherever it is cut.
    const rows = lineCount(text, bodyStart, cut) + facts.linesAfter();
    if (!header.endsWith('\n') || columns * rows > MAX_AUTOCOMPLETED_CELLS) return undefined;
    return { continuation: { prefix: header, table: { columns } } };
  }
  if (last.type === 'paragraph_open') {
    const paragraphStart = last.startLine < facts.prefixLines ? facts.paragraphStart : lineStartIn(text, facts.start, last.startLine - facts.prefixLines);
    if (paragraphStart === undefined) return undefined;
    const checkFrom = last.startLine < facts.prefixLines ? facts.start : paragraphStart;
    if (!isInlineClosed(text, checkFrom, cut) || isRetroactiveLine(text, cut)) return undefined;
    return { continuation: { prefix: 'x\n' }, paragraphStart };
  }
  return undefined;
}

/** Offset of the line `lines` lines after the line starting at `from`. */
function lineStartIn(text: string, from: number, lines: number): number {
  let at = from;
  for (let i = 0; i < lines; i++) {
    const next = text.indexOf('\n', at);
    if (next === -1) return text.length;
    at = next + 1;
  }
  return at;
}

/** Line breaks in text[from, to). */
function lineCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
