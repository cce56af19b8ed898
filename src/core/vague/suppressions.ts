// Inline comments that turn rules off, as markdownlint's do:
//   <!-- right-to-object-disable-line RULE [RULE...] -->       the line it stands on
//   <!-- right-to-object-disable-next-line RULE [RULE...] -->  the next line only
//   <!-- right-to-object-disable RULE [RULE...] -->            from here on...
//   <!-- right-to-object-enable RULE [RULE...] -->             ...until here
// Without RULE ids they apply to every rule. Ids are separated by spaces or commas.
import { lineIndex } from '../text/lineIndex';

export const SUPPRESSION_PREFIX = 'right-to-object-';
// The body stops at the first "<" or ">": a lazy body followed by `\s*-->` was quadratic on an
// unclosed comment followed by spaces (#19), and excluding "<" bounds each scan by the next comment.
const COMMENT = /<!--\s*right-to-object-(disable-next-line|disable-line|disable|enable)\b([^<>]*)>/g;

/** Sorted, merged [from, to) intervals per rule id ('*' = every rule), searched by bisection. */
type Intervals = [number, number][];

export interface Suppressions {
  /** False when the text has no disable comment at all (so nothing needs filtering). */
  readonly any: boolean;
  isSuppressed(ruleId: string, offset: number): boolean;
}

/** A text without disable comments. */
export const NO_SUPPRESSIONS: Suppressions = { any: false, isSuppressed: () => false };

export function parseSuppressions(text: string): Suppressions {
  if (!text.includes('<!--')) return NO_SUPPRESSIONS;
  const byRule = new Map<string, Intervals>();
  const add = (id: string, from: number, to: number) => {
    const list = byRule.get(id);
    if (list) list.push([from, to]);
    else byRule.set(id, [[from, to]]);
  };
  const lines = lineBounds(text);
  /** Open "disable" ranges: rule id ('*' = all) -> start offset. */
  const open = new Map<string, number>();
  COMMENT.lastIndex = 0;
  for (let match = COMMENT.exec(text); match; match = COMMENT.exec(text)) {
    const body = match[2]!;
    if (!body.endsWith('--')) continue; // a ">" that does not close the comment
    const kind = match[1]!;
    const ids = idsOf(body.slice(0, -2));
    const at = match.index;
    if (kind === 'disable-next-line' || kind === 'disable-line') {
      const lineStart = lines.startOf(at);
      const from = kind === 'disable-line' ? lineStart : lines.nextStart(at);
      const to = from < text.length ? lines.nextStart(from) : text.length;
      if (kind === 'disable-line' || from > at) for (const id of ids.length > 0 ? ids : ['*']) add(id, from, to);
    } else if (kind === 'disable') {
      for (const id of ids.length > 0 ? ids : ['*']) if (!open.has(id)) open.set(id, at);
    } else {
      const closing = ids.length > 0 ? ids : [...open.keys()];
      for (const id of closing) {
        const from = open.get(id);
        if (from === undefined) continue;
        add(id, from, at);
        open.delete(id);
      }
    }
  }
  for (const [id, from] of open) add(id, from, text.length);
  for (const [id, list] of byRule) byRule.set(id, merged(list));
  const covers = (id: string, offset: number) => {
    const list = byRule.get(id);
    return list !== undefined && covering(list, offset);
  };
  return {
    any: byRule.size > 0,
    isSuppressed: (ruleId, offset) => covers('*', offset) || (ruleId !== '*' && covers(ruleId, offset)),
  };
}

/** Sorts intervals by start and merges overlapping ones, so at most one can hold an offset. */
function merged(list: Intervals): Intervals {
  list.sort((a, b) => a[0] - b[0]);
  const out: Intervals = [];
  for (const [from, to] of list) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else if (from < to) out.push([from, to]);
  }
  return out;
}

/** Whether one of the sorted, disjoint intervals holds `offset` (binary search). */
function covering(list: Intervals, offset: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = list[middle]!;
    if (offset < from) high = middle - 1;
    else if (offset >= to) low = middle + 1;
    else return true;
  }
  return false;
}

/** Rule ids separated by spaces or commas ("x" in the common case: no regular expression needed). */
function idsOf(list: string): string[] {
  const trimmed = list.trim();
  if (trimmed === '') return [];
  return /[\s,]/.test(trimmed) ? trimmed.split(/[\s,]+/).filter(Boolean) : [trimmed];
}

/**
 * Where the line holding an offset starts, and where the next one starts (the text's length on the
 * last line), as the editor counts lines. Without a "\r" in the text (nearly always) a search back
 * and forth for "\n" answers without indexing the whole text; with one, the line index does.
 */
function lineBounds(text: string): { startOf(offset: number): number; nextStart(offset: number): number } {
  if (!text.includes('\r')) {
    return {
      startOf: (offset) => text.lastIndexOf('\n', offset - 1) + 1,
      nextStart: (offset) => {
        const lineBreak = text.indexOf('\n', offset);
        return lineBreak === -1 ? text.length : lineBreak + 1;
      },
    };
  }
  // Built on the first line comment only: most texts with "<!--" have none.
  let index: ReturnType<typeof lineIndex> | undefined;
  const lines = () => (index ??= lineIndex(text));
  return {
    startOf: (offset) => lines().offsetAt({ line: lines().positionAt(offset).line, character: 0 }),
    nextStart: (offset) => {
      const line = lines().positionAt(offset).line + 1;
      return line < lines().lineCount ? lines().offsetAt({ line, character: 0 }) : text.length;
    },
  };
}
