// The one markdown-it engine used for walkthroughs, configured for untrusted documents:
// - raw HTML is off (`html: false`), so "<script>" and friends come out as text;
// - every link and image is checked against an allowlist after parsing (see safeUrl.ts). A link
//   that fails keeps its text; an image that fails shows its alt text;
// - table alignment becomes a class, because the webview's CSP forbids `style=` attributes;
// - headings get ids prefixed with "rto-h-", and "#anchor" links are rewritten to match, so
//   document ids can never clash with the ids the preview itself uses.
import MarkdownIt, { type MarkdownIt as Engine, type StateCore, type Token } from 'markdown-it';

/** markdown-it's per-render environment object (typed `any` upstream). */
export type Env = Record<string, unknown>;
import { escapeHtml } from '../text/htmlEscape';
import { isAllowedImageSrc, isAllowedLinkHref, isRelativeReference } from './safeUrl';

export interface MarkdownSettings {
  /** 'preview' adds data-line attributes for the editor; 'export' leaves them out. */
  mode: 'preview' | 'export';
  /** Maps a relative image path to a URL the viewer may load, or refuses it (undefined). */
  resolveImage?: (src: string) => string | undefined;
  /**
   * Load https: images written in the document. Off unless the user allows it: a remote image tells
   * its server who reads the guide and when (a tracking pixel), so it is shown as a link naming the host.
   */
  remoteImages?: boolean;
}

export const HEADING_ID_PREFIX = 'rto-h-';

// Settings travel with the env object markdown-it passes to core rules, without widening its type.
const settingsByEnv = new WeakMap<Env, MarkdownSettings>();

export function createEnv(settings: MarkdownSettings): Env {
  const env: Env = {};
  settingsByEnv.set(env, settings);
  return env;
}

let engine: Engine | undefined;

export function markdownEngine(): Engine {
  if (engine) return engine;
  const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
  md.linkify.set({ fuzzyLink: false });
  // Accept every destination while parsing so a refused link still shows its text instead of the
  // raw "[text](url)" source; the allowlist is applied to the finished tokens in `secureTokens`.
  md.validateLink = () => true;
  md.core.ruler.push('rto_secure', secureTokens);
  md.renderer.rules['rto_blocked_link_open'] = () => '<span class="rto-link-blocked">';
  md.renderer.rules['rto_blocked_link_close'] = () => '</span>';
  md.renderer.rules['rto_image_alt'] = (tokens, idx) => {
    const alt = tokens[idx]?.content.trim() ?? '';
    return `<span class="rto-image-alt">${escapeHtml(alt === '' ? 'Image not shown' : `Image: ${alt}`)}</span>`;
  };
  md.renderer.rules['rto_remote_image'] = (tokens, idx) => {
    const token = tokens[idx];
    const href = String(token?.attrGet('href') ?? '');
    const label = remoteImageLabel(href, token?.content.trim() ?? '');
    // Inside a link an anchor cannot nest: the label alone, the enclosing link still works.
    if (token?.meta === INSIDE_LINK) return `<span class="rto-image-remote">${escapeHtml(label)}</span>`;
    return `<a class="rto-image-remote" href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(label)}</a>`;
  };
  // html is off, so these never appear; escape anyway in case a future option turns it on.
  md.renderer.rules.html_block = (tokens, idx) => `<p>${escapeHtml(tokens[idx]?.content ?? '')}</p>`;
  md.renderer.rules.html_inline = (tokens, idx) => escapeHtml(tokens[idx]?.content ?? '');
  engine = md;
  return md;
}

function secureTokens(state: StateCore): void {
  const settings = settingsByEnv.get(state.env as Env) ?? { mode: 'export' };
  const usedIds = new Map<string, number>();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (settings.mode === 'preview' && token.block && token.nesting === 1 && token.map) {
      token.attrSet('data-line', String(token.map[0]));
    }
    if (token.type === 'heading_open') {
      token.attrSet('id', HEADING_ID_PREFIX + uniqueSlug(tokens[i + 1]?.content ?? '', usedIds));
    } else if (token.type === 'th_open' || token.type === 'td_open') {
      alignmentToClass(token);
    } else if (token.type === 'inline' && token.children) {
      secureInline(token.children, settings);
    }
  }
}

function alignmentToClass(token: Token): void {
  const style = token.attrGet('style');
  if (style === null) return;
  token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
  const align = /text-align:(left|right|center)/.exec(String(style))?.[1];
  if (align) token.attrJoin('class', `rto-align-${align}`);
}

function secureInline(children: Token[], settings: MarkdownSettings): void {
  const blocked: boolean[] = [];
  for (const child of children) {
    if (child.type === 'link_open') {
      const href = String(child.attrGet('href') ?? '');
      const allowed = isAllowedLinkHref(href);
      blocked.push(!allowed);
      if (!allowed) {
        child.type = 'rto_blocked_link_open';
        child.attrs = null;
      } else if (href.startsWith('#')) {
        child.attrSet('href', `#${HEADING_ID_PREFIX}${href.slice(1)}`);
      } else {
        child.attrSet('rel', 'noopener noreferrer');
      }
    } else if (child.type === 'link_close') {
      if (blocked.pop() === true) child.type = 'rto_blocked_link_close';
    } else if (child.type === 'image') {
      secureImage(child, settings, blocked.length > 0);
    }
  }
}

const INSIDE_LINK = 'inside-link';

function secureImage(image: Token, settings: MarkdownSettings, insideLink: boolean): void {
  const src = String(image.attrGet('src') ?? '');
  if (isAllowedImageSrc(src)) {
    if (settings.remoteImages === true) return;
    image.type = 'rto_remote_image';
    image.content = plainText(image.children ?? []);
    image.attrs = [['href', src]];
    image.children = null;
    image.meta = insideLink ? INSIDE_LINK : null;
    return;
  }
  const resolved = isRelativeReference(src) ? resolveSafely(settings, src) : undefined;
  if (resolved !== undefined && isAllowedImageSrc(resolved)) {
    image.attrSet('src', resolved);
    return;
  }
  image.type = 'rto_image_alt';
  image.content = plainText(image.children ?? []);
  image.attrs = null;
  image.children = null;
}

function resolveSafely(settings: MarkdownSettings, src: string): string | undefined {
  if (!settings.resolveImage) return undefined;
  let path = src;
  try {
    path = decodeURI(src);
  } catch {
    // Keep the encoded form: a malformed escape is still a usable (if odd) file name.
  }
  try {
    return settings.resolveImage(path);
  } catch {
    return undefined; // A failing adapter must not break the preview; show the alt text.
  }
}

/** "Image: <alt> (not loaded from <host>)", or without the alt text when there is none. */
export function remoteImageLabel(src: string, alt: string): string {
  let host = src;
  try {
    host = new URL(src).hostname;
  } catch {
    // isAllowedImageSrc accepted it, so it parses; keep the raw text just in case.
  }
  return alt === '' ? `Remote image (not loaded from ${host})` : `Image: ${alt} (not loaded from ${host})`;
}

/** Text content of inline tokens, for alt text and heading slugs. */
export function plainText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
    else if (token.children) text += plainText(token.children);
  }
  return text;
}

function uniqueSlug(headingText: string, used: Map<string, number>): string {
  const base =
    headingText
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .replace(/\s+/g, '-') || 'section';
  const count = used.get(base) ?? 0;
  used.set(base, count + 1);
  return count === 0 ? base : `${base}-${count}`;
}
