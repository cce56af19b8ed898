// Allowlists for URLs that end up in href and src attributes. An allowlist (rather than a list of
// bad schemes) also rejects scheme spellings nobody thought of: "JaVaScRiPt:", "jav%09ascript:",
// "command:", "vscode:", leading control characters and so on.

// C0 controls, space, DEL and C1 controls: browsers strip or ignore some of these when they
// parse a URL, which is how "java\tscript:" tricks work. Refuse them outright.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/;

/** Links may go to http(s) pages, mailto: addresses and anchors in the same document. */
export function isAllowedLinkHref(href: string): boolean {
  if (href.length === 0 || CONTROL_OR_SPACE.test(href)) return false;
  return /^(?:https?:\/\/[^/\\]|mailto:[^/\\]|#)/i.test(href);
}

/** Images load only over https (the adapter's resolved webview URIs are https as well). */
export function isAllowedImageSrc(src: string): boolean {
  if (CONTROL_OR_SPACE.test(src)) return false;
  return /^https:\/\/[^/\\]/i.test(src);
}

/** A path with no scheme and no host, which the editor adapter may map to a workspace file. */
export function isRelativeReference(src: string): boolean {
  if (src.length === 0 || CONTROL_OR_SPACE.test(src)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return false;
  // "//host/x" and "\\host\x" name another host.
  return !/^[/\\]{2}/.test(src);
}
