/** Offsets where lines start, as \n, \r\n or a lone \r end them (the editor's rule); `base` is added to each. */
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
