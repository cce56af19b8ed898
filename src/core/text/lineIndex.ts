// Offset <-> line/character conversion, counted as the editor counts: lines end at \n, \r\n or a
// lone \r; characters are UTF-16 code units. Both 0-based.
export interface Position {
  line: number;
  character: number;
}

export interface LineIndex {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  readonly lineCount: number;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return {
    lineCount: starts.length,
    positionAt(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length));
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= clamped) low = middle;
        else high = middle - 1;
      }
      return { line: low, character: clamped - starts[low]! };
    },
    offsetAt(position) {
      const line = Math.max(0, Math.min(position.line, starts.length - 1));
      const lineEnd = line + 1 < starts.length ? starts[line + 1]! : text.length;
      return Math.min(starts[line]! + Math.max(0, position.character), lineEnd);
    },
  };
}
