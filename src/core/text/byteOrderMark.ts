// The byte-order mark (U+FEFF) that editors on Windows put before UTF-8 text. The one place that
// knows about it: front matter, JSON files in the workspace and snapshots all skip it through here.
export const BYTE_ORDER_MARK = '\uFEFF';

/** 1 when `text` starts with a byte-order mark, else 0. */
export function byteOrderMarkLength(text: string): number {
  return text.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
}

/** `text` without a leading byte-order mark. */
export function withoutByteOrderMark(text: string): string {
  return text.slice(byteOrderMarkLength(text));
}
