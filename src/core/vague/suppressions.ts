// Inline comments that turn rules off, as markdownlint's do:
//   <!-- right-to-object-disable-line RULE [RULE...] -->       the line it stands on
//   <!-- right-to-object-disable-next-line RULE [RULE...] -->  the next line only
//   <!-- right-to-object-disable RULE [RULE...] -->            from here on...
//   <!-- right-to-object-enable RULE [RULE...] -->             ...until here
// Without RULE ids they apply to every rule. Ids are separated by spaces or commas.
import { lineIndex } from '../text/lineIndex';

export const SUPPRESSION_PREFIX = 'right-to-object-';
const COMMENT = /<!--\s*right-to-object-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;

interface SuppressedRange {
  from: number;
  to: number;
  /** undefined = every rule */
  rules: ReadonlySet<string> | undefined;
}

export interface Suppressions {
  /** False when the text has no disable comment at all (so nothing needs filtering). */
  readonly any: boolean;
  isSuppressed(ruleId: string, offset: number): boolean;
}

export function parseSuppressions(text: string): Suppressions {
  if (!text.includes('<!--')) return { any: false, isSuppressed: () => false };
  const ranges: SuppressedRange[] = [];
  const lines = lineIndex(text);
  /** Open "disable" ranges: rule id ('*' = all) -> start offset. */
  const open = new Map<string, number>();
  for (const match of text.matchAll(COMMENT)) {
    const kind = match[1]!;
    const ids = match[2]!.split(/[\s,]+/).filter(Boolean);
    const at = match.index!;
    if (kind === 'disable-next-line' || kind === 'disable-line') {
      const line = lines.positionAt(at).line + (kind === 'disable-line' ? 0 : 1);
      const from = lines.offsetAt({ line, character: 0 });
      const to = line + 1 < lines.lineCount ? lines.offsetAt({ line: line + 1, character: 0 }) : text.length;
      if (kind === 'disable-line' || from > at) ranges.push({ from, to, rules: ids.length > 0 ? new Set(ids) : undefined });
    } else if (kind === 'disable') {
      for (const id of ids.length > 0 ? ids : ['*']) if (!open.has(id)) open.set(id, at);
    } else {
      const closing = ids.length > 0 ? ids : [...open.keys()];
      for (const id of closing) {
        const from = open.get(id);
        if (from === undefined) continue;
        ranges.push({ from, to: at, rules: id === '*' ? undefined : new Set([id]) });
        open.delete(id);
      }
    }
  }
  for (const [id, from] of open) ranges.push({ from, to: text.length, rules: id === '*' ? undefined : new Set([id]) });
  return {
    any: ranges.length > 0,
    isSuppressed: (ruleId, offset) => ranges.some((range) => offset >= range.from && offset < range.to && (range.rules === undefined || range.rules.has(ruleId))),
  };
}
