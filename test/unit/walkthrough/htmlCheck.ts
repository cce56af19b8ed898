// A small HTML tag reader for tests: finds every start tag and its attributes (quoted values
// included), so safety checks look at real markup, not at substrings of escaped text.
import assert from 'node:assert/strict';

export interface StartTag {
  name: string;
  attrs: Array<[string, string]>;
}

export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let i = 0;
  while ((i = html.indexOf('<', i)) >= 0) {
    const next = html[i + 1] ?? '';
    if (next === '!' || next === '/' || next === '?') {
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < html.length && /[^\s/>]/.test(html[j] ?? '')) j++;
    const tag: StartTag = { name: html.slice(i + 1, j).toLowerCase(), attrs: [] };
    for (;;) {
      while (j < html.length && /[\s/]/.test(html[j] ?? '')) j++;
      if (j >= html.length || html[j] === '>') break;
      const nameStart = j;
      while (j < html.length && /[^\s=/>]/.test(html[j] ?? '')) j++;
      const name = html.slice(nameStart, j).toLowerCase();
      let value = '';
      while (j < html.length && /\s/.test(html[j] ?? '')) j++;
      if (html[j] === '=') {
        j++;
        while (j < html.length && /\s/.test(html[j] ?? '')) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, end < 0 ? html.length : end);
          j = end < 0 ? html.length : end + 1;
        } else {
          const start = j;
          while (j < html.length && /[^\s>]/.test(html[j] ?? '')) j++;
          value = html.slice(start, j);
        }
      }
      tag.attrs.push([name, decodeEntities(value)]);
    }
    tags.push(tag);
    i = j + 1;
  }
  return tags;
}

/** Enough entity decoding to see through "&#106;avascript:" and friends. */
export function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|apos|lt|gt|amp|tab|newline|colon);/gi, (_, name: string) => NAMED[name.toLowerCase()] ?? '');
}

const NAMED: Record<string, string> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&', tab: '\t', newline: '\n', colon: ':' };

const BODY_TAGS = new Set([
  'article',
  'header',
  'section',
  'aside',
  'div',
  'p',
  'span',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'dt',
  'dd',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'code',
  'pre',
  'em',
  'strong',
  's',
  'blockquote',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'time',
  'input',
  'label',
]);
const PAGE_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body']);

/** What a browser would see as the URL's scheme part: control characters and blanks removed. */
function urlForScheme(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

/**
 * Fails when the HTML could run anything: a tag outside the allowlist, an on* handler, a style
 * attribute, an href/src that is not http(s)/mailto/#, a non-checkbox input.
 */
export function assertSafeHtml(html: string, options: { page?: boolean } = {}): void {
  assert.doesNotMatch(html, /<\s*script/i, 'no <script> tag');
  for (const tag of startTags(html)) {
    const allowed = BODY_TAGS.has(tag.name) || (options.page === true && PAGE_TAGS.has(tag.name));
    assert.ok(allowed, `unexpected <${tag.name}> tag`);
    for (const [name, value] of tag.attrs) {
      assert.ok(!name.startsWith('on'), `event handler attribute ${name} on <${tag.name}>`);
      assert.notEqual(name, 'style', `style attribute on <${tag.name}>`);
      assert.notEqual(name, 'srcset', `srcset attribute on <${tag.name}>`);
      assert.notEqual(name, 'formaction', `formaction attribute on <${tag.name}>`);
      if (name === 'href') assert.match(urlForScheme(value), /^(?:https?:\/\/|mailto:|#)/, `href ${JSON.stringify(value)}`);
      if (name === 'src') assert.match(urlForScheme(value), /^https:\/\//, `src ${JSON.stringify(value)}`);
    }
    if (tag.name === 'input') {
      assert.deepEqual(
        tag.attrs.find(([n]) => n === 'type'),
        ['type', 'checkbox'],
        'only checkbox inputs',
      );
    }
    if (tag.name === 'meta') {
      const equiv = tag.attrs.find(([n]) => n === 'http-equiv')?.[1];
      assert.ok(equiv === undefined || equiv.toLowerCase() === 'content-security-policy', `meta http-equiv ${String(equiv)}`);
    }
  }
}
