// Escaping for text and attribute values in generated SVG and HTML (the same five characters), and
// removal of characters XML 1.0 does not allow at all, so a hostile title cannot break the file.
import { escapeHtml } from '../walkthrough/escape';

// C0 controls other than tab, newline and carriage return; lone surrogates; U+FFFE and U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(value: string | number): string {
  return escapeHtml(String(value).replace(NOT_XML, '\uFFFD'));
}
