// HTML page → the policy's text as Markdown. Libraries, and why:
// - linkedom parses the page into a light DOM that runs the same in Node and a web worker (no
//   native parts, no browser needed; jsdom is Node-only and several times larger);
// - @mozilla/readability (Firefox Reader View) finds the main text and leaves out menus, footers
//   and sidebars that cleanDom.ts does not name;
// - turndown writes Markdown from a DOM node (its browser build, so no second parser is bundled),
//   with our own table and list rules (markdownRules.ts says why).
// Nothing in the page runs: the DOM is only read, and cleanDom.ts removes scripts and handlers first.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { cleanDocument, type CleanableDocument } from './cleanDom';
import { addPolicyRules } from './markdownRules';
import { escapeHtml } from '../text/htmlEscape';

export interface ExtractedPolicy {
  /** The page's title (Readability's, else <title>, else the first heading), one line. */
  title: string;
  /** The main text as Markdown, without front matter. */
  markdown: string;
}

/** The parts of linkedom's DOM read here (the project has no DOM lib, so its own types do not resolve). */
interface LinkedNode {
  textContent: string | null;
  innerHTML: string;
  querySelector(selector: string): LinkedNode | null;
}
interface LinkedDocument extends LinkedNode {
  body: LinkedNode | null;
  documentElement: LinkedNode;
}

function parse(html: string): LinkedDocument {
  return (parseHTML(html) as unknown as { document: LinkedDocument }).document;
}

/** Pages with less main text than this are taken whole rather than trusted to Readability. */
const MIN_ARTICLE_CHARS = 200;

function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function converter(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*', strongDelimiter: '**', hr: '---' });
  addPolicyRules(service);
  // Text that looks like HTML stays text: "<" is escaped too, so no tag reaches a Markdown renderer.
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/</g, '\\<');
  service.remove(['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'form']);
  return service;
}

/** Extracts the policy from a page. `pageUrl` is where it came from (relative links resolve against it). */
export function htmlToMarkdown(html: string, pageUrl?: string): ExtractedPolicy {
  const document = parse(html);
  const pageTitle = oneLine(document.querySelector('title')?.textContent) || oneLine(document.querySelector('h1')?.textContent);
  cleanDocument(document as unknown as CleanableDocument, pageUrl);
  const body = document.body ?? document.documentElement;
  const mainHeading = oneLine(body.querySelector('h1')?.textContent);
  const wholeText = oneLine(body.textContent);
  // Readability changes the document it reads; it gets a copy, and the original stays for the fallback.
  const copy = parse(`<!doctype html><html><head><title>${escapeHtml(pageTitle)}</title></head><body>${body.innerHTML}</body></html>`);
  const article = new Readability(copy as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: MIN_ARTICLE_CHARS,
    keepClasses: false,
    // Readability's types name DOM types that do not resolve without the DOM lib; the node is handed on as is.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    serializer: (node) => node,
  }).parse();
  const articleNode = article?.content as unknown as { textContent: string | null } | null | undefined;
  // Readability may keep only the longest section of a long page of many short sections; take the
  // whole (cleaned) body unless its article holds most of the text.
  const useArticle = articleNode && oneLine(articleNode.textContent).length >= Math.min(MIN_ARTICLE_CHARS, wholeText.length) && oneLine(articleNode.textContent).length >= 0.6 * wholeText.length;
  const markdown = converter().turndown((useArticle ? articleNode : body) as unknown as TurndownService.Node);
  const title = oneLine(article?.title) || pageTitle || mainHeading;
  return { title, markdown: tidy(withMainHeading(markdown, mainHeading || title)) };
}

/**
 * The page's main heading as the snapshot's one level-1 heading: Readability drops the heading
 * that repeats the title, or demotes it; it is put back (or promoted) so the policy starts with it.
 */
function withMainHeading(markdown: string, heading: string): string {
  if (heading === '' || /^# /m.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  const demoted = lines.findIndex((line) => /^#{2,6} /.test(line) && oneLine(line.replace(/^#+ /, '').replace(/\\(.)/g, '$1')) === heading);
  if (demoted !== -1 && lines.slice(0, demoted).every((line) => !/^#{1,6} /.test(line))) {
    lines[demoted] = lines[demoted]!.replace(/^#+/, '#');
    return lines.join('\n');
  }
  return `# ${converter().escape(heading)}\n\n${markdown}`;
}

/** Trailing spaces off, at most one blank line in a row, one final newline. */
function tidy(markdown: string): string {
  // turndown escapes "1." at the start of any text; after a heading's "#" it cannot start a list.
  return `${markdown
    .replace(/^(#{1,6} \d{1,9})\\\./gm, '$1.')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
