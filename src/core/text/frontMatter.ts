// Finds a YAML front-matter block: "---" on the first line (after a byte-order mark, if any), up to
// the next line that is exactly "---" or "...". The one finder for every feature: the linter's
// scope, the walkthrough, letters and the directory all read front matter through it.
export interface FrontMatterBlock {
  /** Offset of the first character of the opening "---" (1 after a byte-order mark). */
  start: number;
  /** Offset just past the closing fence's line break (or the text's end). */
  end: number;
  /** Offsets of the YAML between the fences. */
  contentStart: number;
  contentEnd: number;
}

const OPENING = /^(\uFEFF?)---[ \t]*(\r\n|\r|\n|$)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/gm;

/** The opening fence, closed or not: `start` at the "---", `contentStart` past its line break. */
export function findFrontMatterOpening(text: string): { start: number; fenceEnd: number; contentStart: number } | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const start = opening[1]!.length;
  return { start, fenceEnd: opening[0].length - opening[2]!.length, contentStart: opening[0].length };
}

export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const opening = findFrontMatterOpening(text);
  if (!opening || opening.contentStart === opening.fenceEnd) return undefined; // "---" alone at the end
  CLOSING.lastIndex = opening.contentStart;
  const closing = CLOSING.exec(text);
  if (!closing) return undefined;
  return { start: opening.start, end: closing.index + closing[0].length, contentStart: opening.contentStart, contentEnd: closing.index };
}
