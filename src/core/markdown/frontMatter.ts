// Finds a YAML front-matter block: "---" on the first line, up to the next line that is exactly
// "---" or "...". Returns its extent (offsets) or undefined. Used to keep front matter out of the
// linter's scope and by the walkthrough and letter features that read `controller:`.
export interface FrontMatterBlock {
  /** Offset of the first character of the opening "---". */
  start: number;
  /** Offset just past the closing fence's line break (or the text's end). */
  end: number;
  /** Offsets of the YAML between the fences. */
  contentStart: number;
  contentEnd: number;
}

const OPENING = /^---[ \t]*(\r\n|\r|\n)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/gm;

export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const contentStart = opening[0].length;
  CLOSING.lastIndex = contentStart;
  const closing = CLOSING.exec(text);
  if (!closing) return undefined;
  return { start: 0, end: closing.index + closing[0].length, contentStart, contentEnd: closing.index };
}
