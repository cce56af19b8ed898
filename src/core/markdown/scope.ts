// Decides which characters of a Markdown document the vague-language linter reads, from
// markdown-it's token map (block structure) and inline tokens (code spans, links, HTML). The result
// is a masked copy of the text with the same length, so offsets into it are offsets into the
// document:
// - out-of-scope characters become MASK, which no phrase can contain or span (line breaks stay);
// - block-quote markers and indentation at line starts become spaces, so a quoted phrase can span lines.
// Speed matters (it runs on every lint): block parsing is cheap, inline parsing is not, so inline
// syntax is parsed only for blocks that contain a character that can start code, a link or HTML,
// and with the inline rules that do not affect scope (emphasis, strikethrough, entities) off.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { findFrontMatter } from '../text/frontMatter';
import { lineAt, lineStartsOf } from '../text/lineIndex';
import { shortenLongBreaks } from './longBreaks';

/**
 * 'auto': block quotes only when the document has any (an analysis quoting a policy), else prose
 * (a pasted policy); 'prose': paragraphs, headings, lists, tables and block quotes; 'quotes': block
 * quotes only; 'everything': the whole text.
 */
export const LINT_SCOPES = ['auto', 'prose', 'quotes', 'everything'] as const;
export type LintScope = (typeof LINT_SCOPES)[number];
/** A scope as applied to one document: 'auto' decided. */
export type AppliedScope = Exclude<LintScope, 'auto'>;

/**
 * Share of non-blank lines in block quotes from which a document reads as an analysis quoting a
 * policy. A pasted policy with one quoted note stays checked whole.
 */
const ANALYSIS_QUOTE_SHARE = 0.1;

/** Non-blank lines, and those of them in block quotes: what 'auto' decides by (resolveScope). */
export interface QuotedLineCount {
  lines: number;
  quoted: number;
}

/**
 * Decides 'auto' for a whole document: when quoted policy text is a real part of it, the quotes are
 * what is checked. One pass over the characters, no copies; an editor keeps the count and updates
 * it from each edit instead (quotedLinesAround, scopeOfCount).
 */
export function resolveScope(text: string, scope: LintScope): AppliedScope {
  if (scope !== 'auto') return scope;
  if (!text.includes('>')) return 'prose';
  return scopeOfCount(countQuotedLines(text, 0, text.length));
}

/** 'auto' decided from a document's count of lines (resolveScope). */
export function scopeOfCount(count: QuotedLineCount): 'quotes' | 'prose' {
  return count.quoted > 0 && count.quoted >= count.lines * ANALYSIS_QUOTE_SHARE ? 'quotes' : 'prose';
}

/**
 * Counts the lines that start in [from, to) (`from` a line start). A line's first non-space
 * character within three columns decides (CommonMark's indentation).
 */
export function countQuotedLines(text: string, from: number, to: number): QuotedLineCount {
  let lines = 0;
  let quoted = 0;
  for (let at = from; at < to;) {
    let next = text.indexOf('\n', at);
    if (next === -1) next = text.length;
    let i = at;
    while (i < next && i - at < 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i < next && text.charCodeAt(i) !== 13) {
      lines++;
      if (text.charCodeAt(i) === 62 && i - at <= 3) quoted++;
    }
    at = next + 1;
  }
  return { lines, quoted };
}

/**
 * The count of the lines an edit can change: from the start of the line where the edit starts to
 * the end of the line where its replaced (or inserted) text ends. Every other line is the same
 * line before and after the edit, so a document's count is the old count, less this count in the
 * old text, plus this count in the new one.
 */
export function quotedLinesAround(text: string, editStart: number, editEnd: number): QuotedLineCount {
  const from = editStart === 0 ? 0 : 1 + text.lastIndexOf('\n', editStart - 1);
  const lineEnd = text.indexOf('\n', editEnd);
  return countQuotedLines(text, from, lineEnd === -1 ? text.length : lineEnd + 1);
}

export const MASK = '\u0000';

/** A block at the top level of the document (a paragraph, list, quote, fence...), by lines [start, end). */
export interface TopLevelBlock {
  type: string;
  startLine: number;
  endLine: number;
}

export interface ScopeAnalysis {
  masked: string;
  /** Top-level blocks in document order, for incremental re-analysis. */
  blocks: TopLevelBlock[];
  /** Line just past the front matter (0 when there is none). */
  bodyStartLine: number;
  /**
   * The in-scope text blocks (paragraphs, headings, list-item paragraphs, table cells) in document
   * order, each with the block quote, list or table it is in: the units the language of a block is
   * decided for (src/core/language/assign.ts). Empty for the 'everything' scope.
   */
  units: TextUnit[];
  containers: UnitContainer[];
}

/** A block of text whose language is decided on its own: [start, end) of the text. */
export interface TextUnit {
  start: number;
  end: number;
  /** Index of the innermost container in ScopeAnalysis.containers, -1 for none. */
  container: number;
}

/** A block quote, list or table: [start, end) of its lines; a unit too short to tell takes its language. */
export interface UnitContainer {
  start: number;
  end: number;
  /** Index of the enclosing container, -1 for none. */
  parent: number;
}

/** Tokens that open a container of units (see UnitContainer). */
const CONTAINER_OPEN = new Set(['blockquote_open', 'bullet_list_open', 'ordered_list_open', 'table_open']);
const CONTAINER_CLOSE = new Set(['blockquote_close', 'bullet_list_close', 'ordered_list_close', 'table_close']);

type Parser = InstanceType<typeof MarkdownIt>;
let parser: Parser | undefined;
let parserWithoutNormalize: Parser | undefined;

function createParser(normalize: boolean): Parser {
  // html: true so HTML blocks and comments become tokens we can exclude, not paragraphs.
  // No linkify: the matcher's word boundaries already skip "www.partners.com".
  const created = new MarkdownIt({ html: true, linkify: false });
  created.core.ruler.disable(['inline', 'text_join', ...(normalize ? [] : ['normalize'])]);
  created.inline.ruler.disable(['emphasis', 'strikethrough', 'entity', 'linkify']);
  created.inline.ruler2.disable(['balance_pairs', 'emphasis', 'strikethrough', 'fragments_join']);
  // Only where links are matters here, not what they point to: skip URL parsing and punycode.
  created.normalizeLink = (url) => url;
  created.validateLink = () => true;
  return created;
}

/**
 * The parser for `text`: markdown-it's normalize pass only when there are carriage returns, as it
 * copies the whole text. (Its other change, NUL to U+FFFD, keeps offsets and no block or inline rule
 * treats either character specially; searching a two-byte string for NUL is also slow.)
 */
function markdownParser(text: string): Parser {
  if (text.includes('\r')) return (parser ??= createParser(true));
  return (parserWithoutNormalize ??= createParser(false));
}

/** Characters that can start inline syntax the scope cares about: code, links, images, autolinks, HTML. */
const INLINE_SYNTAX = /[`[<]/;
const INLINE_SYNTAX_CHARS = ['`', '[', '<'] as const;

/**
 * Whether text[from, to) holds a character that can start inline syntax, for ranges asked in
 * ascending order (the order of markdown-it's tokens): each character's next occurrence is found
 * with indexOf once and reused, so the whole document is searched about once.
 */
function inlineSyntaxFinder(text: string): (from: number, to: number) => boolean {
  const nextAt = INLINE_SYNTAX_CHARS.map(() => -1);
  return (from, to) => {
    for (let i = 0; i < INLINE_SYNTAX_CHARS.length; i++) {
      let at = nextAt[i]!;
      if (at < from && at !== Infinity) {
        const found = text.indexOf(INLINE_SYNTAX_CHARS[i]!, from);
        nextAt[i] = at = found === -1 ? Infinity : found;
      }
      if (at < to) return true;
    }
    return false;
  };
}

/** A range of the text and what becomes of it: kept, masked, or blanked to spaces. */
interface Span {
  start: number;
  end: number;
  kind: 'mask' | 'blank';
}

export function maskOutOfScope(text: string, scope: LintScope): string {
  return analyseScope(text, resolveScope(text, scope)).masked;
}

export function analyseScope(text: string, scope: AppliedScope): ScopeAnalysis {
  const lineStarts = lineStartsOf(text);
  // markdown-it does not know front matter: it parses the body alone (a slice, not a copy), and
  // its line numbers are shifted by the front matter's lines.
  const frontMatter = findFrontMatter(text);
  const bodyStartLine = frontMatter ? lineAt(lineStarts, frontMatter.end) : 0;
  const body = frontMatter ? text.slice(frontMatter.end) : text;
  const md = markdownParser(body);
  const env = {};
  const tokens = md.parse(shortenLongBreaks(body, lineStarts, bodyStartLine, frontMatter?.end ?? 0), env);
  const blocks: TopLevelBlock[] = [];
  if (scope === 'everything') {
    for (const token of tokens) recordTopLevelBlock(blocks, token, bodyStartLine);
    return { masked: text, blocks, bodyStartLine, units: [], containers: [] };
  }

  // In-scope ranges (the lines of inline content) and, inside them, what to mask or blank.
  const kept: { start: number; end: number }[] = [];
  const spans: Span[] = [];
  const hasInlineSyntax = inlineSyntaxFinder(text);
  let quoteDepth = 0;
  /** The current table row's lines (cells have no map of their own). */
  let rowStartLine = -1;
  let rowEndLine = -1;
  let rowCursor = 0;
  const units: TextUnit[] = [];
  const containers: UnitContainer[] = [];
  /** Index of the innermost open container, and where the next table cell's text is searched from. */
  let container = -1;
  let cellCursor = 0;
  for (const token of tokens) {
    recordTopLevelBlock(blocks, token, bodyStartLine);
    if (CONTAINER_OPEN.has(token.type) && token.map) {
      containers.push({ start: lineStarts[token.map[0] + bodyStartLine]!, end: lineStarts[token.map[1] + bodyStartLine] ?? text.length, parent: container });
      container = containers.length - 1;
    } else if (CONTAINER_CLOSE.has(token.type) && container !== -1) {
      container = containers[container]!.parent;
    }
    if (token.type === 'blockquote_open') quoteDepth++;
    else if (token.type === 'blockquote_close') quoteDepth--;
    else if (token.type === 'tr_open' && token.map) {
      rowStartLine = token.map[0] + bodyStartLine;
      rowEndLine = token.map[1] + bodyStartLine;
      rowCursor = lineStarts[rowStartLine]!;
      cellCursor = rowCursor;
    }
    if (token.type !== 'inline' || (scope === 'quotes' && quoteDepth === 0)) continue;
    // Table cells share their row's lines, and are found left to right.
    const inCell = !token.map;
    if (inCell && rowStartLine === -1) continue;
    const startLine = token.map ? token.map[0] + bodyStartLine : rowStartLine;
    const endLine = token.map ? token.map[1] + bodyStartLine : rowEndLine;
    const lineStart = lineStarts[startLine]!;
    const to = lineStarts[endLine] ?? text.length;
    if (kept.length === 0 || kept[kept.length - 1]!.end <= lineStart) {
      kept.push({ start: lineStart, end: to });
      blankLinePrefixes(text, spans, lineStarts, startLine, endLine);
    }
    if (!inCell) {
      units.push({ start: lineStart, end: to, container });
    } else if (token.content !== '') {
      // A cell's text is found in its row, left to right, a short way ahead at most: a cell whose
      // source differs from its content (an escaped "\|") is skipped rather than searched for
      // through the rest of a long table.
      const at = cellStart(text, token.content, cellCursor, to);
      if (at !== -1) {
        units.push({ start: at, end: at + token.content.length, container });
        cellCursor = at + token.content.length;
      }
    }
    // The cheap test on the token's lines first: most paragraphs have no inline syntax at all.
    if (hasInlineSyntax(inCell ? rowCursor : lineStart, to) && INLINE_SYNTAX.test(token.content)) {
      const children: Token[] = [];
      md.inline.parse(token.content, md, env, children);
      const end = maskInlineSyntax(text, spans, children, inCell ? rowCursor : lineStart, to);
      if (inCell) rowCursor = end;
    }
  }
  return { masked: render(text, kept, spans), blocks, bodyStartLine, units, containers };
}

/** Where a table cell's `content` starts in text[from, to): after the pipe and spaces, or a little further; -1 if not found. */
function cellStart(text: string, content: string, from: number, to: number): number {
  let at = from;
  while (at < to && (text.charCodeAt(at) === 124 || text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  if (text.startsWith(content, at)) return at + content.length <= to ? at : -1;
  const windowEnd = Math.min(to, at + content.length + 64);
  const found = text.slice(at, windowEnd).indexOf(content);
  return found === -1 ? -1 : at + found;
}

function recordTopLevelBlock(blocks: TopLevelBlock[], token: Token, lineOffset: number): void {
  if (token.level === 0 && token.map && token.nesting !== -1) blocks.push({ type: token.type, startLine: token.map[0] + lineOffset, endLine: token.map[1] + lineOffset });
}

/**
 * Builds the masked text: outside `kept` everything is masked; inside, the spans apply. Line
 * breaks always stay. Unchanged stretches are copied as one slice each, so a blank line between two
 * paragraphs costs nothing: this runs on every full lint, over the whole document.
 */
function render(text: string, kept: { start: number; end: number }[], spans: Span[]): string {
  if (!isSorted(spans)) spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  /** text[unchangedFrom, …) has not been copied yet and needs no change so far. */
  let unchangedFrom = 0;
  const lineBreakIn = lineBreakFinder(text);
  const replace = (start: number, end: number, fill: string) => {
    for (let lineStart = start; lineStart < end;) {
      const lineEnd = lineBreakIn(lineStart, end);
      if (lineEnd > lineStart) {
        if (lineStart > unchangedFrom) parts.push(text.slice(unchangedFrom, lineStart));
        parts.push(run(fill, lineEnd - lineStart));
        unchangedFrom = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
  };
  let cursor = 0;
  let spanIndex = 0;
  for (const range of kept) {
    if (range.start > cursor) replace(cursor, range.start, MASK);
    cursor = Math.max(cursor, range.start);
    while (spanIndex < spans.length && spans[spanIndex]!.start < range.end) {
      const span = spans[spanIndex++]!;
      const start = Math.max(span.start, cursor);
      const end = Math.min(span.end, range.end);
      if (end <= start) continue;
      replace(start, end, span.kind === 'mask' ? MASK : ' ');
      cursor = end;
    }
    cursor = Math.max(cursor, range.end);
  }
  if (cursor < text.length) replace(cursor, text.length, MASK);
  if (parts.length === 0) return text;
  if (unchangedFrom < text.length) parts.push(text.slice(unchangedFrom));
  return parts.join('');
}

function isSorted(spans: Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]!;
    const span = spans[i]!;
    if (span.start < previous.start || (span.start === previous.start && span.end < previous.end)) return false;
  }
  return true;
}

/**
 * The first line break (\n or \r) in text[from, to), or `to`, for ranges asked in ascending order:
 * each break character's next occurrence is found with indexOf (native, far faster than a loop over
 * character codes) and reused until passed, so the whole text is searched about once.
 */
function lineBreakFinder(text: string): (from: number, to: number) => number {
  let nextNewline = -1;
  let nextReturn = text.includes('\r') ? -1 : Infinity;
  return (from, to) => {
    if (nextNewline < from) nextNewline = indexOrInfinity(text.indexOf('\n', from));
    if (nextReturn < from) nextReturn = indexOrInfinity(text.indexOf('\r', from));
    return Math.min(nextNewline, nextReturn, to);
  };
}

function indexOrInfinity(index: number): number {
  return index === -1 ? Infinity : index;
}

/** Cached runs of the fill characters: slicing one is cheaper than repeating a character each time. */
const runs = new Map<string, string>();
const LONGEST_CACHED_RUN = 1 << 16;
function run(fill: string, length: number): string {
  if (length > LONGEST_CACHED_RUN) return fill.repeat(length);
  let cached = runs.get(fill);
  if (cached === undefined || cached.length < length) {
    cached = fill.repeat(Math.min(LONGEST_CACHED_RUN, Math.max(256, length, 2 * (cached?.length ?? 0))));
    runs.set(fill, cached);
  }
  return cached.slice(0, length);
}

/** Block-quote markers at line starts become spaces (indentation already reads as a separator). */
function blankLinePrefixes(text: string, spans: Span[], lineStarts: number[], firstLine: number, endLine: number): void {
  for (let line = firstLine; line < endLine; line++) {
    const start = lineStarts[line]!;
    let end = start;
    let quoted = false;
    for (let code = text.charCodeAt(end); end < text.length && (code === 32 || code === 9 || code === 62); code = text.charCodeAt(++end)) {
      if (code === 62) quoted = true;
    }
    if (quoted) spans.push({ start, end, kind: 'blank' });
  }
}

/** Masks code spans, link and image destinations, autolinks and inline HTML; returns where it stopped. */
function maskInlineSyntax(source: string, spans: Span[], children: Token[], from: number, to: number): number {
  let cursor = from;
  const mask = (start: number, end: number) => spans.push({ start: Math.max(start, from), end: Math.min(end, to), kind: 'mask' });
  for (const child of children) {
    switch (child.type) {
      case 'text': {
        const at = source.indexOf(child.content, cursor);
        if (child.content.length > 0 && at !== -1 && at < to) cursor = at + child.content.length;
        break;
      }
      case 'code_inline': {
        const open = source.indexOf(child.markup, cursor);
        if (open === -1 || open >= to) break;
        const close = source.indexOf(child.markup, open + child.markup.length);
        const end = close === -1 ? to : close + child.markup.length;
        mask(open, end);
        cursor = end;
        break;
      }
      case 'html_inline': {
        const at = source.indexOf(child.content, cursor);
        if (at === -1 || at >= to) break;
        mask(at, at + child.content.length);
        cursor = at + child.content.length;
        break;
      }
      case 'image': {
        const open = source.indexOf('![', cursor);
        if (open === -1 || open >= to) break;
        cursor = maskDestination(source, mask, open, to, true);
        break;
      }
      case 'link_open': {
        if (child.markup !== 'autolink') break;
        const open = source.indexOf('<', cursor);
        const close = open === -1 ? -1 : source.indexOf('>', open);
        if (close === -1 || open >= to) break;
        mask(open, close + 1);
        cursor = close + 1;
        break;
      }
      case 'link_close': {
        if (child.markup !== 'autolink') cursor = maskDestination(source, mask, cursor, to, false);
        break;
      }
      default:
        break;
    }
  }
  return cursor;
}

/**
 * From `at` (the link text's end, or an image's "!["), finds the "]" that closes the text and masks
 * what follows it: "(destination "title")" or "[reference]". Images are masked whole.
 */
function maskDestination(source: string, mask: (start: number, end: number) => void, at: number, to: number, wholeImage: boolean): number {
  const closeBracket = source.indexOf(']', wholeImage ? at + 2 : at);
  if (closeBracket === -1 || closeBracket >= to) return at;
  const next = source[closeBracket + 1];
  let end = closeBracket + 1;
  if (next === '(') end = matchingClose(source, closeBracket + 1, '(', ')', to);
  else if (next === '[') end = matchingClose(source, closeBracket + 1, '[', ']', to);
  mask(wholeImage ? at : closeBracket + 1, end);
  return end;
}

function matchingClose(source: string, open: number, opening: string, closing: string, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === opening) depth++;
    else if (source[i] === closing && --depth === 0) return i + 1;
  }
  return to;
}
