// Offsets <-> lines, counted as the editor counts: lines end at \n, \r\n or a lone \r (the same
// three markdown-it's token maps count); characters are UTF-16 code units; lines and characters
// are 0-based. The one home for it: the linter's incremental state and scope keep raw line starts
// (lineStartsOf, lineAt); everything else asks a LineIndex.

/** Offsets where lines start, as \n, \r\n or a lone \r end them; `base` is added to each. */
export function lineStartsOf(text: string, base = 0): number[] {
  const starts = [base];
  if (!text.includes('\r')) {
    // indexOf is native and much faster than a per-character loop on large documents.
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(base + at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(base + i + 1);
  }
  return starts;
}

/** The 0-based line holding `offset`, by binary search over `lineStarts`. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: readonly number[];

  constructor(readonly text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset where `line` starts; clamped to the text. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    return this.lineStarts[line] ?? this.text.length;
  }

  /** Offset just before the line break that ends `line`; clamped to the text. */
  lineEnd(line: number): number {
    if (line < 0) return 0;
    let end = this.lineStarts[line + 1];
    if (end === undefined) return this.text.length;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of `line` without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The position of `offset`, clamped to the text. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = lineAt(this.lineStarts, clamped);
    return { line, character: clamped - this.lineStarts[line]! };
  }

  /** The offset of `position`; the line is clamped to the text and the character to the line (before its break), as the editor's offsetAt does. */
  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lineStarts.length - 1));
    const start = this.lineStarts[line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(line));
  }
}

export function lineIndex(text: string): LineIndex {
  return new LineIndex(text);
}
