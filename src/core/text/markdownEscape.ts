// The one place that makes untrusted text (catalogue, directory records, the user's workspace
// records, document text) safe to show in a hover's Markdown or a quick pick's label (#19).
// Hovers are untrusted MarkdownStrings without HTML, so the worst left is text that changes its
// own meaning: a link that breaks out of its parentheses, an icon drawn from "$(name)".

/** Escapes Markdown syntax (and the "$(" of a theme icon) so `text` is shown as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/g, (char) => `\\${char}`);
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
