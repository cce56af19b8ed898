// The document's sections (from its headings), read once per lint: repeats are counted per
// section, and a "Definitions" section makes its sentences definitions.

const HEADING = /^[ \t>]{0,3}(#{1,6})[ \t]+(.*)$/gm;
const DEFINITIONS_HEADING = /\b(?:definitions?|glossary|interpretation|terms used|defined terms)\b/iu;

export interface Outline {
  /** Offsets where sections start, ascending (0 first). */
  sectionStarts: number[];
  /** For each section, whether its heading names definitions (or a sub-section of such). */
  definitions: boolean[];
}

export function outlineOf(text: string): Outline {
  const sectionStarts = [0];
  const definitions = [false];
  const levels: { level: number; definitions: boolean }[] = [];
  if (!text.includes('#')) return { sectionStarts, definitions };
  HEADING.lastIndex = 0;
  for (let match = HEADING.exec(text); match; match = HEADING.exec(text)) {
    const level = match[1]!.length;
    while (levels.length > 0 && levels[levels.length - 1]!.level >= level) levels.pop();
    const inherited = levels.some((entry) => entry.definitions);
    const isDefinitions = inherited || DEFINITIONS_HEADING.test(match[2]!);
    levels.push({ level, definitions: isDefinitions });
    sectionStarts.push(match.index);
    definitions.push(isDefinitions);
  }
  return { sectionStarts, definitions };
}

/** Index of the section holding `offset`. */
export function sectionAt(outline: Outline, offset: number): number {
  const starts = outline.sectionStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
