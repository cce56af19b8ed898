// Sections, read locally: the nearest heading above a finding decides whether it stands in a
// "Definitions" section, and repeats are counted per section. Both look only at the text near the
// findings, so a finding's verdict does not depend on text far away (incremental updates stay exact).

const HEADING_LINE = /^[ \t>]{0,3}#{1,6}[ \t]+(.*)$/;
const DEFINITIONS_HEADING = /\b(?:definitions?|glossary|interpretation|terms used|defined terms)\b/iu;
/** How far above a finding its section's heading is looked for. */
export const HEADING_REACH = 3000;

/** Whether the nearest heading within HEADING_REACH above `offset` names definitions. */
export function isInDefinitionsSection(text: string, offset: number): boolean {
  const floor = Math.max(0, offset - HEADING_REACH);
  let lineEnd = offset;
  while (lineEnd > floor) {
    // Searched back only as far as the floor: lastIndexOf alone would scan a long line to its start.
    let lineStart = lineEnd;
    while (lineStart > floor && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    if (lineStart === floor && floor > 0) return false;
    const heading = HEADING_LINE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 200)));
    if (heading) return DEFINITIONS_HEADING.test(heading[1]!);
    if (lineStart === 0) return false;
    lineEnd = lineStart - 1;
  }
  return false;
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
