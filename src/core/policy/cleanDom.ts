// Makes a parsed page safe and small before its main text is extracted: removes what can run or
// load (scripts, styles, frames, forms, embedded objects, event handlers, javascript: links, images
// and their data URLs), navigation and cookie banners, and flattens markup nested deeper than a
// reader could see (extraction and conversion walk the tree recursively). Links are made absolute
// against the page's <base href> (itself resolved against the page's URL).

/** The slice of the DOM this module uses; linkedom's and the browser's documents both have it. */
export interface CleanableElement {
  readonly tagName: string;
  readonly children: ArrayLike<CleanableElement>;
  parentNode: CleanableElement | null;
  textContent: string | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  getAttributeNames(): ArrayLike<string>;
  remove(): void;
  replaceWith(...nodes: unknown[]): void;
  querySelectorAll(selector: string): ArrayLike<CleanableElement>;
}

export interface CleanableDocument {
  readonly documentElement: CleanableElement;
  querySelector(selector: string): CleanableElement | null;
  querySelectorAll(selector: string): ArrayLike<CleanableElement>;
  createTextNode(text: string): unknown;
}

/** Elements whose content is never policy text. */
const REMOVED_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'source',
  'track',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
  'link',
  'meta',
  'base',
  'nav',
];

/** Navigation, banners and consent layers by their ARIA role. */
const REMOVED_ROLES = ['navigation', 'banner', 'dialog', 'alertdialog', 'search', 'menu', 'menubar'];

/**
 * Consent-manager containers by id or class: the common platforms' names, and "cookie"/"consent"
 * joined to a word for a layer ("cookie-banner", "consent_popup"). A section *about* cookies
 * (id="cookies", class="cookie-policy") does not match, so the policy's own text stays.
 */
const COOKIE_BANNER =
  /\b(?:onetrust|cookiebot|cybotcookiebot|usercentrics|didomi|truste|trustarc|qc-cmp\w*|osano|iubenda-cs|cookieyes|cky-consent|cmplz|termly|borlabs-cookie|cc-window|cc-banner|gdpr-cookie-notice|js-cookie-consent)|(?:cookies?|consent|gdpr)[-_]?(?:banner|bar|notice|notification|popup|pop-up|modal|overlay|layer|wall|dialog|box|message|container|consent|prompt)\b/i;

/** Deepest element kept as markup; below it, text only. */
export const MAX_DEPTH = 64;

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The URL links resolve against: <base href> resolved against the page's own URL (either may be absent). */
export function baseUrlOf(document: CleanableDocument, pageUrl: string | undefined): string | undefined {
  const href = document.querySelector('base[href]')?.getAttribute('href')?.trim();
  const resolved = href ? absoluteUrl(href, pageUrl) : undefined;
  return resolved && /^https?:/i.test(resolved) ? resolved : pageUrl;
}

function absoluteUrl(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** A link target the Markdown may keep: absolute http(s) or mailto, or undefined (the link becomes text). */
export function safeHref(href: string, base: string | undefined): string | undefined {
  // Strip what browsers strip before reading a scheme, so "java\tscript:" cannot pass as relative.
  const cleaned = href.replace(/[\u0000-\u0020\u007f]/g, '');
  if (cleaned === '' || cleaned.startsWith('#')) return undefined; // in-page anchors mean nothing once extracted
  const url = absoluteUrl(cleaned, base);
  if (!url) return undefined;
  return SAFE_SCHEMES.has(new URL(url).protocol) ? url : undefined;
}

function removeAll(elements: ArrayLike<CleanableElement>): void {
  for (const element of Array.from(elements)) element.remove();
}

function isCookieBanner(element: CleanableElement): boolean {
  const label = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`;
  return label.trim() !== '' && COOKIE_BANNER.test(label);
}

/** Cleans `document` in place and returns the base URL its links were resolved against. */
export function cleanDocument(document: CleanableDocument, pageUrl: string | undefined): string | undefined {
  const base = baseUrlOf(document, pageUrl);
  const root = document.documentElement;
  removeAll(root.querySelectorAll(REMOVED_TAGS.join(',')));
  removeAll(root.querySelectorAll(REMOVED_ROLES.map((role) => `[role="${role}"]`).join(',') + ',[aria-modal="true"]'));
  for (const element of Array.from(root.querySelectorAll('[id],[class]'))) {
    if (element.parentNode && isCookieBanner(element)) element.remove();
  }
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const alt = image.getAttribute('alt')?.trim();
    image.replaceWith(document.createTextNode(alt ? ` ${alt} ` : ' '));
  }
  flattenDeepMarkup(document);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const name of Array.from(element.getAttributeNames())) {
      if (!KEPT_ATTRIBUTES.has(name.toLowerCase())) element.removeAttribute(name);
    }
    if (element.tagName === 'A') {
      const href = element.getAttribute('href');
      const safe = href === null ? undefined : safeHref(href, base);
      if (safe) element.setAttribute('href', safe);
      else element.removeAttribute('href');
    }
  }
  return base;
}

/** Attributes that shape the text (links, table spans, ordered-list starts); every other one goes, event handlers included. */
const KEPT_ATTRIBUTES = new Set(['href', 'colspan', 'rowspan', 'start', 'id', 'class']);

/** Replaces every element deeper than MAX_DEPTH by its text, walking without recursion. */
function flattenDeepMarkup(document: CleanableDocument): void {
  const stack: { element: CleanableElement; depth: number }[] = [{ element: document.documentElement, depth: 0 }];
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    const children = Array.from(element.children);
    for (const child of children) {
      if (depth + 1 >= MAX_DEPTH) child.replaceWith(document.createTextNode(` ${child.textContent ?? ''} `));
      else stack.push({ element: child, depth: depth + 1 });
    }
  }
}
