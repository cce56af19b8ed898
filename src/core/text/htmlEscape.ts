// HTML escaping for every value interpolated into generated markup (text and attribute values):
// the walkthrough preview and export, the friction comparison page and chart, a fetched page's title.

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => REPLACEMENTS[ch] ?? ch);
}

// C0 controls other than tab, newline and carriage return; lone surrogates; U+FFFE and U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * For SVG and HTML files of their own: the same five characters escaped, and the characters XML 1.0
 * does not allow at all replaced by U+FFFD, so a hostile title cannot break the file.
 */
export function escapeXml(value: string | number): string {
  return escapeHtml(String(value).replace(NOT_XML, '\uFFFD'));
}
