// Sections, read locally: the nearest heading above a finding decides whether it stands in a
// "Definitions" section, and repeats are counted per section. Both look only at the text near the
// findings, so a finding's verdict does not depend on text far away (incremental updates stay exact).
import { testCaseless, caseless } from '../../text/asciiCaseless';
import { lineMemo } from './lineMemo';

const DEFINITIONS_WORDS = String.raw`\b(?:definitions?|glossary|interpretation|terms used|defined terms)\b`;
const DEFINITIONS_HEADING = caseless(new RegExp(DEFINITIONS_WORDS, 'iu'));
/** How far above a finding its section's heading is looked for. */
export const HEADING_REACH = 3000;

/**
 * The start of the heading line that the "#" at `at` opens ("## Title", after at most three spaces
 * or quote markers), or -1 when that "#" opens no heading (prose, or not the first "#" of "##").
 */
function headingLineStart(text: string, at: number): number {
  if (at > 0 && text.charCodeAt(at - 1) === 35) return -1;
  let lineStart = at;
  while (lineStart > 0 && at - lineStart <= 4 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return -1;
  // Read by code (this runs for the "#"s above every sentence with a finding): at most three of
  // " \t>" before the run, then one to six "#" and a space or a tab.
  if (at - lineStart > 3) return -1;
  for (let i = lineStart; i < at; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 62) return -1;
  }
  let hashes = 0;
  while (hashes < 7 && text.charCodeAt(at + hashes) === 35) hashes++;
  const next = text.charCodeAt(at + hashes);
  return hashes <= 6 && (next === 32 || next === 9) ? lineStart : -1;
}

/** Whether the nearest heading within HEADING_REACH above `offset` names definitions. */
export function isInDefinitionsSection(text: string, offset: number): boolean {
  const floor = Math.max(0, offset - HEADING_REACH);
  // The "#" characters of the text, found once per text (native indexOf; "#" is rare in prose), then
  // searched from the nearest one below `offset` back to the floor.
  const hashes = hashPositions(text);
  let low = 0;
  let high = hashes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (hashes[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= 0 && hashes[index]! >= floor; index--) {
    const at = hashes[index]!;
    if (headingLineStart(text, at) === -1) continue;
    // One answer per heading for the text, not one per sentence under it.
    const memo = lineMemo(text, 'definitions-heading');
    let named = memo.get(at);
    if (named === undefined) {
      const lineEnd = text.indexOf('\n', at);
      memo.set(at, (named = testCaseless(DEFINITIONS_HEADING, text.slice(at, lineEnd === -1 ? Math.min(text.length, at + 200) : Math.min(lineEnd, at + 200)))));
    }
    return named;
  }
  return false;
}

// The memos below keep the last text asked about. Once a text compares equal, the memo takes the
// caller's string object: comparing two equal strings that are different objects reads them whole,
// and a second document with the same content (or a copy of the text) would otherwise pay that, 1 MB
// a time, for every finding ("adoptText"; the editor's hostile-input tests caught it as steps of 1 s).
let hashesOf: { text: string; positions: number[] } | undefined;

/** Offsets of every "#" in `text`, for the last text asked about (a lint asks about one text at a time). */
function hashPositions(text: string): number[] {
  if (hashesOf?.text === text) {
    hashesOf.text = text; // see adoptText
    return hashesOf.positions;
  }
  const positions: number[] = [];
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) positions.push(at);
  hashesOf = { text, positions };
  return positions;
}

/** Whether the text has a "Definitions" heading line: the editor re-lints in full when one is edited. */
export function mentionsDefinitionsHeading(text: string): boolean {
  return new RegExp(String.raw`^[ \t>]{0,3}#{1,6}[ \t].*${DEFINITIONS_WORDS}`, 'imu').test(text);
}

/**
 * For findings sorted by start: the offset of the section each stands in (the last heading line
 * before it, or 0), each "#" of the text looked at once.
 */
export function sectionStartsOf(text: string, starts: readonly number[]): number[] {
  const hashes = hashPositions(text);
  const sections: number[] = [];
  let section = 0;
  let next = 0;
  for (const start of starts) {
    for (; next < hashes.length && hashes[next]! < start; next++) {
      const lineStart = headingLineStart(text, hashes[next]!);
      if (lineStart !== -1) section = lineStart;
    }
    sections.push(section);
  }
  return sections;
}

/** A heading line of the text: where its line starts and its level (1 for "#"). */
export interface HeadingLine {
  start: number;
  level: number;
}

let headingsOf: { text: string; headings: HeadingLine[]; scopeEnds: number[] } | undefined;

/**
 * The ATX heading lines of `text` and, for each, where its scope in the outline ends (the next
 * heading of the same or a higher level, or the end of the text). Computed once per text, each
 * "#" looked at once and the scopes closed with a stack.
 */
export function outlineOf(text: string): { headings: readonly HeadingLine[]; scopeEnds: readonly number[] } {
  if (headingsOf?.text === text) {
    headingsOf.text = text; // see adoptText
    return headingsOf;
  }
  const headings: HeadingLine[] = [];
  for (const at of hashPositions(text)) {
    const start = headingLineStart(text, at);
    if (start === -1) continue;
    let level = 0;
    while (level < 6 && text.charCodeAt(at + level) === 35) level++;
    headings.push({ start, level });
  }
  const scopeEnds = headings.map(() => text.length);
  const open: number[] = [];
  headings.forEach((heading, index) => {
    while (open.length > 0 && headings[open[open.length - 1]!]!.level >= heading.level) scopeEnds[open.pop()!] = heading.start;
    open.push(index);
  });
  headingsOf = { text, headings, scopeEnds };
  return headingsOf;
}

/**
 * The section `offset` stands in: from the nearest heading line above to the next heading line
 * (`ownText`: the heading's own text, before its first subsection), or to the end of that
 * heading's scope in the outline (its subsections included); before the first heading, the text
 * up to it.
 */
export function sectionScopeAround(text: string, offset: number, ownText = false): { start: number; end: number } {
  const { headings, scopeEnds } = outlineOf(text);
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (headings[middle]!.start <= offset) low = middle + 1;
    else high = middle;
  }
  if (low === 0) return { start: 0, end: headings.length > 0 ? headings[0]!.start : text.length };
  return { start: headings[low - 1]!.start, end: ownText ? (headings[low]?.start ?? text.length) : scopeEnds[low - 1]! };
}
