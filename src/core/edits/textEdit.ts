/** A replacement of [start, end) by newText, in UTF-16 offsets; an insertion has start === end. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Applies edits (non-overlapping, any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}

/** The line break the text already uses (\r\n or \n). */
export function lineBreakOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}
