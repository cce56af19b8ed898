// Sections, read locally: the nearest heading above a finding decides whether it stands in a
// "Definitions" section, and repeats are counted per section. Both look only at the text near the
// findings, so a finding's verdict does not depend on text far away (incremental updates stay exact).

const HEADING_LINE = /^[ \t>]{0,3}#{1,6}[ \t](.*)$/;
const DEFINITIONS_HEADING = /\b(?:definitions?|glossary|interpretation|terms used|defined terms)\b/iu;
/** How far above a finding its section's heading is looked for. */
export const HEADING_REACH = 3000;

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
    if (at > 0 && text.charCodeAt(at - 1) === 35) continue; // not the first "#" of "##"
    let lineStart = at;
    while (lineStart > 0 && at - lineStart <= 4 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    if ((lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) || !/^[ \t>]{0,3}$/.test(text.slice(lineStart, at))) continue;
    const lineEnd = text.indexOf('\n', at);
    const heading = HEADING_LINE.exec(text.slice(lineStart, lineEnd === -1 ? Math.min(text.length, at + 200) : Math.min(lineEnd, at + 200)));
    if (heading) return DEFINITIONS_HEADING.test(heading[1]!);
  }
  return false;
}

let hashesOf: { text: string; positions: number[] } | undefined;

/** Offsets of every "#" in `text`, for the last text asked about (a lint asks about one text at a time). */
function hashPositions(text: string): number[] {
  if (hashesOf?.text === text) return hashesOf.positions;
  const positions: number[] = [];
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) positions.push(at);
  hashesOf = { text, positions };
  return positions;
}

/** Whether the text has a heading line: used by the editor to re-lint in full when one is edited. */
export function mentionsDefinitionsHeading(text: string): boolean {
  return /^[ \t>]{0,3}#{1,6}[ \t].*\b(?:definitions?|glossary|interpretation|terms used|defined terms)\b/imu.test(text);
}

/**
 * For findings sorted by start: the offset of the section each stands in (the last heading line
 * before it, or 0), found by searching only the text between consecutive findings.
 */
export function sectionStartsOf(text: string, starts: readonly number[]): number[] {
  const sections: number[] = [];
  let section = 0;
  // The next "#" at or after the point reached: each is found once, so the text is searched once.
  let next = text.indexOf('#');
  for (const start of starts) {
    while (next !== -1 && next < start) {
      // A heading's "#" stands after at most three spaces or quote markers at its line's start.
      let lineStart = next;
      while (lineStart > 0 && next - lineStart <= 4 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
      if ((lineStart === 0 || text.charCodeAt(lineStart - 1) === 10) && /^[ \t>]{0,3}$/.test(text.slice(lineStart, next)) && /^#{1,6}[ \t]/.test(text.slice(next, next + 8))) section = lineStart;
      next = text.indexOf('#', next + 1);
    }
    sections.push(section);
  }
  return sections;
}
