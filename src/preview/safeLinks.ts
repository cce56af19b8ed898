// Which links from the preview the host opens: http(s) pages and mailto: addresses, nothing else
// (no command:, vscode:, file:, javascript: …). Checked again on the host even though the renderer
// already refused other links, because a message from the webview is untrusted input.
const OPENABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const WRITTEN_FORM = /^(?:https?:\/\/[^/\\]|mailto:[^/\\])/i;
// Control characters and spaces are how "java\tscript:" tricks work; refuse them outright.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/;

export function isOpenableHref(href: string): boolean {
  if (href.length === 0 || CONTROL_OR_SPACE.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!OPENABLE_PROTOCOLS.has(url.protocol)) return false;
  // The link as written must already have the full form, so nothing relies on the parser's repairs
  // ("https:/host" and "https:host" parse as https://host/).
  if (!WRITTEN_FORM.test(href)) return false;
  return url.protocol === 'mailto:' ? url.pathname.length > 0 : url.hostname.length > 0;
}
