// Reads one scalar from a document's YAML front matter (e.g. `controller:`), so the letter
// commands can fill in what the document already states. Malformed YAML yields undefined rather
// than an error: front matter is the user's draft, not something to complain about here.
import { parseDocument } from 'yaml';
import { findFrontMatter } from '../text/frontMatter';

/** The value of top-level `key` as one line of text, or undefined when absent, empty or not a scalar. */
export function frontMatterString(text: string, key: string): string | undefined {
  const block = findFrontMatter(text);
  if (!block) return undefined;
  const document = parseDocument(text.slice(block.contentStart, block.contentEnd));
  if (document.errors.length > 0) return undefined;
  const value: unknown = document.get(key);
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const line = String(value).replace(/\s+/g, ' ').trim();
  return line === '' ? undefined : line;
}
