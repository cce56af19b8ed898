// Finds the YAML front matter between "---" fences, parses it with positions and validates each
// known key. Problems point at the offending key or value in the whole document.
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { safeParse } from 'zod/mini';
import { FRONT_MATTER_FIELDS, FRONT_MATTER_KEYS, isFrontMatterKey, type FrontMatter } from './frontMatterSchema';
import type { LineIndex } from '../text/lineIndex';
import { makeProblem, type Problem } from './problems';
import { findFrontMatter as findBlock, findFrontMatterOpening } from '../text/frontMatter';
import { trimEndChars } from '../text/trimChars';
import { byteOrderMarkLength } from '../text/byteOrderMark';

export interface FrontMatterBlock {
  /** True when the document opens with a "---" line that is closed later. */
  present: boolean;
  /** The opening fence (or the start of the document when there is none). */
  fenceStart: number;
  fenceEnd: number;
  /** The YAML between the fences. */
  contentStart: number;
  contentEnd: number;
  /** First line of the Markdown body. */
  bodyStartLine: number;
}

export interface FrontMatterResult {
  block: FrontMatterBlock;
  fields: FrontMatter;
  /** Whether a `title` key was written at all (valid or not). */
  hasTitleKey: boolean;
  problems: Problem[];
}

// Aliases are expanded by toJS; a cap stops "billion laughs" documents from hanging the preview.
const MAX_ALIAS_COUNT = 100;
/**
 * Front matter holds a dozen keys; these limits keep a hostile one (40k keys took 12-19 s, #19)
 * to a bounded cost. Larger front matter is not read; more keys than this are not looked at.
 */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
export const MAX_FRONT_MATTER_KEYS = 200;

/** Where the front matter is, read by the one finder the linter also uses (byte-order mark included). */
export function findFrontMatter(index: LineIndex): { block: FrontMatterBlock; problems: Problem[] } {
  const bom = byteOrderMarkLength(index.text);
  const none: FrontMatterBlock = { present: false, fenceStart: bom, fenceEnd: bom, contentStart: bom, contentEnd: bom, bodyStartLine: 0 };
  const opening = findFrontMatterOpening(index.text);
  if (!opening) return { block: none, problems: [] };
  const fenceEnd = opening.fenceEnd;
  const found = findBlock(index.text);
  if (found) {
    const closingLine = index.positionAt(found.contentEnd).line;
    return {
      block: { present: true, fenceStart: found.start, fenceEnd, contentStart: found.contentStart, contentEnd: found.contentEnd, bodyStartLine: closingLine + 1 },
      problems: [],
    };
  }
  const problem = makeProblem(index, 'front-matter-unclosed', 'error', 'This "---" starts front matter that is never closed. Add a "---" line after the last YAML line.', bom, fenceEnd);
  return { block: { ...none, fenceEnd }, problems: [problem] };
}

export function readFrontMatter(index: LineIndex): FrontMatterResult {
  const { block, problems } = findFrontMatter(index);
  const result: FrontMatterResult = { block, fields: {}, hasTitleKey: false, problems };
  if (!block.present) return result;

  const base = block.contentStart;
  if (block.contentEnd - block.contentStart > MAX_FRONT_MATTER_CHARS) {
    const message = `The front matter is larger than ${MAX_FRONT_MATTER_CHARS / 1024} KB and is not read. Keep it to the keys a walkthrough uses (${FRONT_MATTER_KEYS.join(', ')}).`;
    problems.push(makeProblem(index, 'front-matter-too-large', 'error', message, block.fenceStart, block.fenceEnd));
    return result;
  }
  const source = index.text.slice(block.contentStart, block.contentEnd);
  // yaml's own uniqueKeys check compares every key with every other (quadratic); duplicates of the
  // top-level keys, the ones read, are found below with a Set instead.
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false, logLevel: 'silent' });
  for (const error of doc.errors) {
    const [start, end] = withinContent(error.pos, source);
    problems.push(makeProblem(index, 'yaml-syntax', 'error', `YAML: ${error.message}`, base + start, base + end));
  }
  for (const warning of doc.warnings) {
    const [start, end] = withinContent(warning.pos, source);
    problems.push(makeProblem(index, 'yaml-syntax', 'warning', `YAML: ${warning.message}`, base + start, base + end));
  }

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return result;
  if (!isMap(contents)) {
    const [start, end] = rangeOf(contents, source.length, [0, source.length]);
    problems.push(makeProblem(index, 'front-matter-not-a-map', 'error', 'Front matter must be "key: value" lines, such as "title: ...".', base + start, base + end));
    return result;
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(makeProblem(index, 'yaml-syntax', 'error', `YAML: ${message}`, block.contentStart, block.contentEnd));
    return result;
  }
  if (typeof data !== 'object' || data === null) return result;
  const values = new Map<string, unknown>(Object.entries(data));

  if (contents.items.length > MAX_FRONT_MATTER_KEYS) {
    const message = `The front matter has ${contents.items.length} keys; only the first ${MAX_FRONT_MATTER_KEYS} are read.`;
    problems.push(makeProblem(index, 'front-matter-too-large', 'warning', message, block.fenceStart, block.fenceEnd));
  }
  const seen = new Set<string>();
  for (const pair of contents.items.slice(0, MAX_FRONT_MATTER_KEYS)) {
    const key = keyText(pair);
    const [keyStart, keyEnd] = rangeOf(pair.key, source.length);
    if (key !== undefined && seen.has(key)) {
      problems.push(makeProblem(index, 'yaml-syntax', 'error', 'YAML: Map keys must be unique', base + keyStart, base + keyEnd));
      continue;
    }
    if (key !== undefined) seen.add(key);
    if (key === undefined || !isFrontMatterKey(key)) {
      const shown = key ?? source.slice(keyStart, keyEnd);
      problems.push(
        makeProblem(
          index,
          'front-matter-unknown-key',
          'information',
          `Unknown front-matter key "${shown}"; the preview ignores it. Known keys: ${FRONT_MATTER_KEYS.join(', ')}.`,
          base + keyStart,
          base + keyEnd,
        ),
      );
      continue;
    }
    if (key === 'title') result.hasTitleKey = true;
    const value = values.get(key);
    if (value === null || value === undefined) {
      if (key === 'title') {
        problems.push(makeProblem(index, 'missing-title', 'error', 'The title is empty; write the walkthrough\'s title after "title:".', base + keyStart, base + keyEnd));
      }
      continue;
    }
    const parsed = safeParse(FRONT_MATTER_FIELDS[key], value);
    if (parsed.success) {
      setField(result.fields, key, parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const node = nodeAtPath(pair.value, issue.path) ?? pair.value ?? pair.key;
      const [start, end] = rangeOf(node, source.length, [keyStart, keyEnd]);
      problems.push(makeProblem(index, 'front-matter-invalid', 'error', `"${key}": ${issue.message}`, base + start, base + end));
    }
  }
  return result;
}

/**
 * yaml reports "missing closing quote" and the like just past the end of its input, which would
 * put the squiggle on the closing fence; keep it on the last character of the YAML instead.
 */
function withinContent(pos: [number, number], source: string): [number, number] {
  const length = trimEndChars(source, '\r\n').length;
  let start = Math.min(pos[0], length);
  const end = Math.min(Math.max(pos[1], start), length);
  if (start === end && start === length && start > 0) start -= 1;
  return [start, end];
}

function setField<K extends keyof FrontMatter>(fields: FrontMatter, key: K, value: unknown): void {
  // The value has just passed this key's schema, so it has this key's type.
  fields[key] = value as FrontMatter[K];
}

function keyText(pair: Pair<unknown, unknown>): string | undefined {
  if (!isScalar(pair.key)) return undefined;
  const value = pair.key.value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** The YAML node a validation issue path points at ("sources", 2 → third list item). */
function nodeAtPath(node: unknown, path: readonly PropertyKey[]): YamlNode | undefined {
  let current: unknown = node;
  for (const step of path) {
    if (isSeq(current) && typeof step === 'number') current = current.items[step];
    else if (isMap(current)) current = current.items.find((pair) => keyText(pair) === String(step))?.value;
    else return undefined;
  }
  return isScalar(current) || isSeq(current) || isMap(current) ? current : undefined;
}

/** [start, end] of a node's value within the YAML source, or the fallback. */
function rangeOf(node: unknown, sourceLength: number, fallback: [number, number] = [0, 0]): [number, number] {
  if (isScalar(node) || isSeq(node) || isMap(node)) {
    const range = node.range;
    if (range) {
      const start = Math.min(range[0], sourceLength);
      return [start, Math.max(start, Math.min(range[1], sourceLength))];
    }
  }
  return fallback;
}
