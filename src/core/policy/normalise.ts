// The text a snapshot's hash and the vagueness diff compare: what a reader would call the same
// policy. Ignored: front matter, whitespace and line wrapping, Markdown emphasis and backslash
// escapes, heading and list markers' spacing, typographic quotes, Unicode composition. Kept:
// words, their order, punctuation, link targets and the split into blocks (blank lines), since a
// new paragraph or list item is a change a reader sees.
import { findFrontMatter } from '../text/frontMatter';
import { withoutByteOrderMark } from '../text/byteOrderMark';

/** The body of a Markdown document, without its front matter. */
export function withoutFrontMatter(text: string): string {
  const block = findFrontMatter(text);
  return block ? text.slice(block.end) : withoutByteOrderMark(text);
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** One block (paragraph, list item, table row, heading) as normalised text. */
export function normaliseBlock(block: string): string {
  return (
    block
      .normalize('NFC')
      .replace(/^\s*[-+*]\s+/, '- ') // list markers
      .replace(/^\s*(\d{1,9})[.)]\s+/, '$1. ')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1') // backslash escapes → the character
      // Emphasis, strong and strike-through markers, in linear time: every "*" and "~", and "_" at a
      // word's edge (snake_case stays). A literal asterisk is lost too, which no reader would call a change.
      .replace(/[*~]+/g, '')
      .replace(/_+/g, (run: string, at: number, whole: string) => (isWordChar(whole[at - 1]) && isWordChar(whole[at + run.length]) ? run : ''))
      .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
      .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The document's blocks, normalised: a block is a run of non-blank lines, and each list item or
 * heading line starts its own block (so re-wrapping a list never merges items).
 */
export function normalisedBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const block = normaliseBlock(current.join('\n'));
    if (block !== '') blocks.push(block);
    current = [];
  };
  for (const line of withoutFrontMatter(text).split(/\r\n|\r|\n/)) {
    if (/^\s*$/.test(line)) flush();
    else {
      if (/^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|\|)/.test(line)) flush();
      current.push(line);
    }
  }
  flush();
  return blocks;
}

/** The normalised text of a whole document: its blocks, one per line. */
export function normaliseForHash(text: string): string {
  return normalisedBlocks(text).join('\n');
}
