// Decides which characters of a Markdown document the vague-language linter reads, from
// markdown-it's token map (block structure) and inline tokens (code spans, links, HTML). The result
// is a masked copy of the text with the same length, so offsets into it are offsets into the
// document:
// - out-of-scope characters become MASK, which no phrase can contain or span;
// - block-quote markers at line starts become spaces, so a quoted phrase can span lines.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { findFrontMatter } from './frontMatter';

/** 'prose': paragraphs, headings, lists, tables and block quotes; 'quotes': block quotes only. */
export const LINT_SCOPES = ['prose', 'quotes', 'everything'] as const;
export type LintScope = (typeof LINT_SCOPES)[number];

export const MASK = '\u0000';

let parser: InstanceType<typeof MarkdownIt> | undefined;
function markdownParser(): InstanceType<typeof MarkdownIt> {
  // html: true so HTML blocks and comments become tokens we can exclude, not paragraphs.
  // Bare URLs need no linkify: the matcher's word boundaries already skip "www.partners.com".
  parser ??= new MarkdownIt({ html: true, linkify: false });
  return parser;
}

export function maskOutOfScope(text: string, scope: LintScope): string {
  if (scope === 'everything') return text;
  const chars = Array.from({ length: text.length }, () => MASK);
  const lineStarts = computeLineStarts(text);
  const lineBreaksKept = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (text[i] === '\n' || text[i] === '\r') chars[i] = text[i]!;
  };
  lineBreaksKept(0, text.length);

  // markdown-it does not know front matter: blank it out (keeping lines) before parsing.
  const frontMatter = findFrontMatter(text);
  const source = frontMatter ? blankOut(text, frontMatter.start, frontMatter.end) : text;
  const tokens = markdownParser().parse(source, {});

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
    const map = (token.map as [number, number] | null) ?? rowMap;
    if (!map) continue;
    const from = token.map ? lineStarts[map[0]]! : rowCursor;
    const to = lineStarts[map[1]] ?? text.length;
    for (let i = from; i < to; i++) if (text[i] !== '\n' && text[i] !== '\r') chars[i] = text[i]!;
    blankLinePrefixes(text, chars, lineStarts, map[0], map[1], token.map ? undefined : from);
    const end = maskInlineSyntax(source, chars, token.children ?? [], from, to);
    if (!token.map) rowCursor = end;
  }
  return chars.join('');
}

/** Leading indentation and block-quote markers of each line become spaces. */
function blankLinePrefixes(text: string, chars: string[], lineStarts: number[], firstLine: number, endLine: number, onlyFrom?: number) {
  for (let line = firstLine; line < endLine; line++) {
    let i = Math.max(lineStarts[line]!, onlyFrom ?? 0);
    if (onlyFrom !== undefined && line > firstLine) i = lineStarts[line]!;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) chars[i++] = ' ';
  }
}

/** Masks code spans, link and image destinations, autolinks and inline HTML; returns the cursor. */
function maskInlineSyntax(source: string, chars: string[], children: Token[], from: number, to: number): number {
  let cursor = from;
  const mask = (start: number, end: number) => {
    for (let i = Math.max(start, from); i < Math.min(end, to); i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = MASK;
  };
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

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r' && text[i + 1] !== '\n') starts.push(i + 1);
  }
  return starts;
}

function blankOut(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}
