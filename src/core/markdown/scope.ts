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
import { findFrontMatter } from './frontMatter';
import { lineAt, lineStartsOf } from '../text/lineStarts';

/** 'prose': paragraphs, headings, lists, tables and block quotes; 'quotes': block quotes only. */
export const LINT_SCOPES = ['prose', 'quotes', 'everything'] as const;
export type LintScope = (typeof LINT_SCOPES)[number];

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
}

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

const NEEDS_NORMALIZE = /[\r\u0000]/;

/** The parser for `text`: markdown-it's normalize pass (CR and NUL clean-up) only when needed, as it copies the whole text. */
function markdownParser(text: string): Parser {
  if (NEEDS_NORMALIZE.test(text)) return (parser ??= createParser(true));
  return (parserWithoutNormalize ??= createParser(false));
}

/** Characters that can start inline syntax the scope cares about: code, links, images, autolinks, HTML. */
const INLINE_SYNTAX = /[`[<]/;

/** A range of the text and what becomes of it: kept, masked, or blanked to spaces. */
interface Span {
  start: number;
  end: number;
  kind: 'mask' | 'blank';
}

export function maskOutOfScope(text: string, scope: LintScope): string {
  return analyseScope(text, scope).masked;
}

export function analyseScope(text: string, scope: LintScope): ScopeAnalysis {
  const lineStarts = lineStartsOf(text);
  // markdown-it does not know front matter: blank it out (keeping lines) before parsing.
  const frontMatter = findFrontMatter(text);
  const bodyStartLine = frontMatter ? lineAt(lineStarts, frontMatter.end) : 0;
  const source = frontMatter ? text.slice(0, frontMatter.start) + maskKeepingLineBreaks(text.slice(frontMatter.start, frontMatter.end), ' ') + text.slice(frontMatter.end) : text;
  const md = markdownParser(source);
  const env = {};
  const tokens = md.parse(source, env);
  const blocks: TopLevelBlock[] = [];
  for (const token of tokens) {
    if (token.level === 0 && token.map && token.nesting !== -1) blocks.push({ type: token.type, startLine: token.map[0], endLine: token.map[1] });
  }
  if (scope === 'everything') return { masked: text, blocks, bodyStartLine };

  // In-scope ranges (the lines of inline content) and, inside them, what to mask or blank.
  const kept: { start: number; end: number }[] = [];
  const spans: Span[] = [];
  let quoteDepth = 0;
  let rowMap: [number, number] | null = null;
  let rowCursor = 0;
  for (const token of tokens) {
    if (token.type === 'blockquote_open') quoteDepth++;
    else if (token.type === 'blockquote_close') quoteDepth--;
    else if (token.type === 'tr_open' && token.map) {
      rowMap = token.map as [number, number];
      rowCursor = lineStarts[rowMap[0]]!;
    }
    if (token.type !== 'inline' || (scope === 'quotes' && quoteDepth === 0)) continue;
    // Table cells have no map of their own: they share their row's, and are found left to right.
    const inCell = !token.map;
    const map = (token.map as [number, number] | null) ?? rowMap;
    if (!map) continue;
    const lineStart = lineStarts[map[0]]!;
    const to = lineStarts[map[1]] ?? text.length;
    if (kept.length === 0 || kept[kept.length - 1]!.end <= lineStart) {
      kept.push({ start: lineStart, end: to });
      blankLinePrefixes(text, spans, lineStarts, map[0], map[1]);
    }
    if (INLINE_SYNTAX.test(token.content)) {
      const children: Token[] = [];
      md.inline.parse(token.content, md, env, children);
      const end = maskInlineSyntax(source, spans, children, inCell ? rowCursor : lineStart, to);
      if (inCell) rowCursor = end;
    }
  }
  return { masked: render(text, kept, spans), blocks, bodyStartLine };
}

/** Builds the masked text: outside `kept` everything is masked; inside, the spans apply. */
function render(text: string, kept: { start: number; end: number }[], spans: Span[]): string {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let cursor = 0;
  let spanIndex = 0;
  for (const range of kept) {
    if (range.start > cursor) parts.push(maskKeepingLineBreaks(text.slice(cursor, range.start), MASK));
    cursor = Math.max(cursor, range.start);
    while (spanIndex < spans.length && spans[spanIndex]!.start < range.end) {
      const span = spans[spanIndex++]!;
      const start = Math.max(span.start, cursor);
      const end = Math.min(span.end, range.end);
      if (end <= start) continue;
      parts.push(text.slice(cursor, start), maskKeepingLineBreaks(text.slice(start, end), span.kind === 'mask' ? MASK : ' '));
      cursor = end;
    }
    if (range.end > cursor) parts.push(text.slice(cursor, range.end));
    cursor = Math.max(cursor, range.end);
  }
  if (cursor < text.length) parts.push(maskKeepingLineBreaks(text.slice(cursor), MASK));
  return parts.join('');
}

/** Replaces every character but line breaks; String.repeat per line is far faster than a regex replace. */
function maskKeepingLineBreaks(text: string, replacement: string): string {
  if (!text.includes('\n') && !text.includes('\r')) return replacement.repeat(text.length);
  const parts: string[] = [];
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      parts.push(replacement.repeat(i - lineStart), text[i]!);
      lineStart = i + 1;
    }
  }
  parts.push(replacement.repeat(text.length - lineStart));
  return parts.join('');
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
