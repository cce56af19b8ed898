// The one place that makes untrusted text (catalogue, directory records, the user's workspace
// records, document text, walkthrough titles) safe in Markdown, in the three places it goes:
// - a hover or a report that is only ever rendered (escapeMarkdown): every punctuation mark that
//   could mean something is escaped, and the "$(" of a theme icon (#19);
// - one line of a letter the user reads and edits as source (escapeMarkdownLine): only what would
//   change its meaning, so "#200-1132 Alberni St." stays as written;
// - one cell of a Markdown table (escapeMarkdownCell): as a line, and a table row is one line.
// Hovers are untrusted MarkdownStrings without HTML, so the worst left there is text that changes
// its own meaning: a link that breaks out of its parentheses, an icon drawn from "$(name)".

/**
 * What changes meaning anywhere in a line: backslash escapes, code, emphasis, links and images,
 * raw HTML, table pipes, strikethrough, and an "&" that would start a character reference
 * ("&amp;" would show as "&"; "AT&T" is left alone).
 */
const INLINE = /[\\`*_[\]<>|~]|&(?=#?[A-Za-z0-9]+;)/g;
/** INLINE and every other mark Markdown or a theme icon reads: for text that is never shown as source. */
const EVERY_MARK = /[\\`*_{}[\]()#+\-.!|<>~$]|&(?=#?[A-Za-z0-9]+;)/g;
/** A block marker at the start of a line: heading, quote, list item ("-", "+", "1.", "1)"). */
const BLOCK_MARKER = /^(\s*)([#>+-]|\d+[.)])(?=\s|$)/;
/** Line breaks and other controls: a table row is one line. */
const CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

const backslash = (char: string): string => `\\${char}`;

/** Escapes Markdown syntax (and the "$(" of a theme icon) so `text` is shown as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(EVERY_MARK, backslash);
}

/** One line of record text in a letter: inline formatting, and a block marker at its start ("# 3", "1. Etage", "- Haus B"). */
export function escapeMarkdownLine(line: string): string {
  const inline = line.replace(INLINE, backslash);
  return inline.replace(BLOCK_MARKER, (_, space: string, marker: string) => (/^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`));
}

/** One table cell: line breaks and other controls become spaces, then inline formatting is escaped. */
export function escapeMarkdownCell(text: string): string {
  return text.replace(CONTROLS, ' ').replace(INLINE, backslash);
}

/**
 * Escapes "$(name)" so a quick pick's label, description or detail shows it as text instead of an
 * icon (VS Code's own escape: a backslash before the "$").
 */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

/**
 * A Markdown link `[label](target)` for an http(s) or mailto URL, or undefined when `url` is not
 * one. The target is percent-encoded, parentheses, brackets and angle brackets included, so it
 * cannot end early and let the rest of the URL become Markdown.
 */
export function markdownLink(label: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:' && parsed.protocol !== 'mailto:') return undefined;
  const target = parsed.href.replace(/[()[\]<>\s"'`\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(label)}](${target})`;
}
