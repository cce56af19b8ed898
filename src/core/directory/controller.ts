// The company a Markdown document is about: the `controller:` line of its YAML front matter, where
// the value sits (for a hover, a diagnostic and a quick fix that replaces it), and the directory
// record it names. Small and free of the shipped data, so an editor can check a document for the
// line without loading the directory.
import { findFrontMatter } from '../text/frontMatter';
import type { Directory } from './directory';
import type { Company } from './schema';
import { trimEndChars } from '../text/trimChars';

export interface ControllerLine {
  /** The name as written, without quotes, e.g. "Zalando SE". */
  name: string;
  /** Offsets of the value as written, quotes included (what a replacement replaces). */
  start: number;
  end: number;
  /** Offsets of the line, from "controller" to the end of the line (without the line break). */
  lineStart: number;
  lineEnd: number;
}

/** A top-level `controller:` key at the start of a line (YAML keys are case-sensitive). */
const KEY = /^controller[ \t]*:(?=[ \t]|$)/;

/**
 * The front matter's top-level `controller:` line with a one-line scalar value: plain, 'single' or
 * "double" quoted, an end-of-line `# comment` allowed. Undefined when there is no front matter, no
 * such line, or the value is empty, spans lines (`>` or `|`) or is not a plain name (a list, a map,
 * an anchor or alias).
 */
export function controllerLine(text: string): ControllerLine | undefined {
  const block = findFrontMatter(text);
  if (!block) return undefined;
  let lineStart = block.contentStart;
  while (lineStart < block.contentEnd) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > block.contentEnd) lineEnd = block.contentEnd;
    const next = lineEnd + 1;
    if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd -= 1;
    const line = text.slice(lineStart, lineEnd);
    const key = KEY.exec(line);
    if (key) return valueOf(line, key[0].length, lineStart, lineEnd);
    lineStart = next;
  }
  return undefined;
}

function valueOf(line: string, afterKey: number, lineStart: number, lineEnd: number): ControllerLine | undefined {
  let from = afterKey;
  while (from < line.length && (line[from] === ' ' || line[from] === '\t')) from += 1;
  const rest = line.slice(from);
  const quote = rest[0];
  let name: string;
  let length: number;
  if (quote === '"' || quote === "'") {
    const close = quote === '"' ? /^"((?:[^"\\]|\\.)*)"/.exec(rest) : /^'((?:[^']|'')*)'/.exec(rest);
    if (!close) return undefined;
    const after = rest.slice(close[0].length);
    if (!/^[ \t]*(?:#.*)?$/.test(after)) return undefined;
    const inner = close[1] ?? '';
    name = quote === '"' ? unescapeDoubleQuoted(inner) : inner.replace(/''/g, "'");
    length = close[0].length;
  } else {
    // A plain scalar ends at " #" (a comment); trailing blanks are not part of it.
    const comment = /[ \t]#/.exec(rest);
    const value = trimEndChars(comment ? rest.slice(0, comment.index) : rest, ' \t');
    if (value === '' || (/^[>|&*!%@`[{#-]/.test(value) && !/^-[^ \t]/.test(value))) return undefined;
    if (/:[ \t]/.test(value) || value.endsWith(':')) return undefined;
    name = value;
    length = value.length;
  }
  name = name.replace(/\s+/g, ' ').trim();
  if (name === '') return undefined;
  return { name, start: lineStart + from, end: lineStart + from + length, lineStart, lineEnd };
}

function unescapeDoubleQuoted(inner: string): string {
  const simple: Record<string, string> = { n: ' ', t: ' ', '"': '"', '\\': '\\', '/': '/', ' ': ' ' };
  return inner.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, code: string) => (code.length > 1 ? String.fromCharCode(parseInt(code.slice(1), 16)) : (simple[code] ?? code)));
}

/**
 * A name as a YAML value for the `controller:` line: plain when YAML reads it back unchanged,
 * otherwise double-quoted ("Müller: Daten & Co" → "\"Müller: Daten & Co\"").
 */
export function controllerValue(name: string): string {
  const plain = !/^[\s>|&*!%@`'"[\]{},#?:-]/.test(name) && !/:(?:\s|$)|\s#|\s$/.test(name) && !/^(?:true|false|yes|no|on|off|null|~|[-+.\d][\d.eE+-]*)$/i.test(name);
  if (plain) return name;
  return `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Search scores below this mean the directory knows the name: the exact name (with or without its
 * legal form), a web domain or a subdomain of one, the exact name of a service the company runs, or
 * the name part of its domain (see search.ts). Prefixes and typos only suggest a record.
 */
export const KNOWN_NAME_SCORE = 3;

/** The record a document's controller names, or undefined when the directory has none by that name. */
export function companyNamed(directory: Pick<Directory, 'searchCompanies'>, name: string): Company | undefined {
  const [best] = directory.searchCompanies(name, 1);
  return best && best.score < KNOWN_NAME_SCORE ? best.company : undefined;
}
