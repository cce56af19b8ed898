// Where on its line a finding stands: a heading, a table's header or label cell, a bold label at
// the start of a list item or paragraph, or inside a block quote. Read from the line itself (and
// its neighbours for tables and setext headings), so it is local and cheap.
import { lineMemo } from './lineMemo';

export interface LinePlace {
  /** The line is inside a block quote ("> ..."). */
  quoted: boolean;
  /** A heading, a table header or first-column cell, a bold lead-in label, or a table-of-contents entry. */
  label: boolean;
}

/** One cell of a table's delimiter row: "---", ":--", "--:" or ":-:" with three dashes or more. */
const DELIMITER_CELL = /^:?-{3,}:?$/;

/** A table's delimiter row: cells of dashes with at least one pipe ("---" alone is a setext underline or a rule). */
function isTableDelimiter(line: string): boolean {
  if (!line.includes('|')) return false;
  const cells = line
    .replace(/^[ \t>]+/, '')
    .trim()
    .split('|');
  if (cells[0]?.trim() === '') cells.shift();
  if (cells[cells.length - 1]?.trim() === '') cells.pop();
  return cells.length > 0 && cells.every((cell) => DELIMITER_CELL.test(cell.trim()));
}
const SETEXT_UNDERLINE = /^[ \t>]*(?:=+|-+)[ \t]*$/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;
/** A bracketed enumerator that policies write as plain text, not a Markdown list: "(a) ", "(iv) ", "(2) ". */
const ENUMERATOR = /^\((?:[a-z]|[ivx]{1,5}|\d{1,3})\)[ \t]+/;
/** A bold run at the start of the content: "**Partners:** …" or "__Partners__ —". */
const BOLD_LEAD = /^(\*\*|__)(?=\S)([\s\S]{1,100}?\S)\1/;
/**
 * A table-of-contents entry: a line (or list item) that is one link to a place in the same page,
 * "[Cookies and similar tracking technology](#cookies)". It names a section; the section says the rest.
 */
const TABLE_OF_CONTENTS_ENTRY = /^\[[^\]\n]{1,200}\]\(#[^)\s]*\)[ \t]*$/;
/**
 * A heading that lost its markup: a paragraph of one short line in title case with no closing
 * punctuation, "Our Commercial or Business Purposes for Collecting Personal Data" (policies copied
 * from a web page, or converted from components, keep their headings as plain lines).
 */
const TITLE_LINE_MAX = 90;
/** Words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'into', 'about', 'vs', 'via', 'per', '&']);

// Every finding's line is read (some 8,000 lines per megabyte of policy), and most lines are plain
// prose: the first characters, read by code, rule out each pattern above before it runs.

/** How many of `text`'s characters from `from` are in " \t>" (a quote's or an indentation's prefix). */
function prefixLength(text: string, from: number): number {
  let at = from;
  for (let code = text.charCodeAt(at); code === 32 || code === 9 || code === 62; code = text.charCodeAt(++at));
  return at - from;
}

/** "#" to "######" then a space, a tab or the end: an ATX heading's opening (the content after its prefix). */
function isAtxHeading(content: string): boolean {
  let hashes = 0;
  while (content.charCodeAt(hashes) === 35) hashes++;
  if (hashes === 0 || hashes > 6) return false;
  const next = content.charCodeAt(hashes);
  return Number.isNaN(next) || next === 32 || next === 9;
}

/** The code can start a list marker: "-", "*", "+" or a digit. */
function canStartListMarker(code: number): boolean {
  return code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57);
}

/** `content` from `from` opens bold: "**" or "__". */
function opensBold(content: string, from: number): boolean {
  const code = content.charCodeAt(from);
  return (code === 42 || code === 95) && content.charCodeAt(from + 1) === code;
}

/** The line can be a setext underline: its first character after the prefix is "=" or "-". */
function canBeSetextUnderline(line: string): boolean {
  const code = line.charCodeAt(prefixLength(line, 0));
  return code === 61 || code === 45;
}

/**
 * How far along its line a finding's line start or end is looked for. Headings, labels and table
 * rows are short; stopping here keeps the cost per finding bounded on a megabyte-long line.
 */
const LINE_REACH = 2000;

/** "\n" or "\r", read by code (indexing a string makes a one-character string each time; lines can be long). */
function isLineBreakCode(code: number): boolean {
  return code === 10 || code === 13;
}

/** The line's start, or -1 when it lies more than LINE_REACH before `offset`. */
function lineStartOf(text: string, offset: number): number {
  const floor = Math.max(0, offset - LINE_REACH);
  let i = offset;
  while (i > 0 && !isLineBreakCode(text.charCodeAt(i - 1))) {
    if (i <= floor) return -1;
    i--;
  }
  return i;
}

function lineEndOf(text: string, offset: number): number {
  const ceiling = Math.min(text.length, offset + LINE_REACH);
  let i = offset;
  while (i < ceiling && !isLineBreakCode(text.charCodeAt(i))) i++;
  return i;
}

function nextLine(text: string, lineEnd: number): string | undefined {
  if (lineEnd >= text.length) return undefined;
  const start = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
  return text.slice(start, lineEndOf(text, start));
}

function previousLine(text: string, lineStart: number): string | undefined {
  if (lineStart === 0) return undefined;
  const end = text[lineStart - 1] === '\n' && text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
  const start = lineStartOf(text, end);
  return start === -1 ? undefined : text.slice(start, end);
}

/** What is true of a whole line, whatever the finding on it: read once for all the findings on the line. */
interface LineFacts {
  text: string;
  lineStart: number;
  /** Where the line was read up to (a line break, the text's end, or LINE_REACH after the first finding read). */
  lineEnd: number;
  /** lineEnd is the line's real end (a line break or the text's end), not where the reading stopped. */
  complete: boolean;
  quoted: boolean;
  /** A heading, or a table's header row: every finding on it is a label. */
  label: boolean;
  /** A table row's first cell ends here (findings before it are row labels), or -1. */
  firstCellEnd: number;
  /** A bold lead-in label's [start, end), or -1. */
  boldStart: number;
  boldEnd: number;
}

/** The last line read (findings come in document order, several to a line in long paragraphs). */
let lastLine: LineFacts | undefined;

function readLine(text: string, lineStart: number, lineEnd: number): LineFacts {
  const line = text.slice(lineStart, lineEnd);
  const prefix = line.slice(0, prefixLength(line, 0));
  const content = line.slice(prefix.length);
  const contentStart = lineStart + prefix.length;
  const facts: LineFacts = {
    text,
    lineStart,
    lineEnd,
    complete: lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r',
    quoted: prefix.includes('>'),
    label: false,
    firstCellEnd: -1,
    boldStart: -1,
    boldEnd: -1,
  };
  if (isAtxHeading(content)) {
    facts.label = true;
    return facts;
  }
  const below = nextLine(text, lineEnd);
  if (below !== undefined && canBeSetextUnderline(below) && content.trim() !== '' && SETEXT_UNDERLINE.test(below) && !isTableDelimiter(below)) {
    // "Text\n---" is a heading only when the line above is not paragraph text continuing into it.
    const above = previousLine(text, lineStart);
    if (above === undefined || above.replace(/[ \t>]/g, '') === '') {
      facts.label = true;
      return facts;
    }
  }
  if (content.includes('|')) {
    if (below !== undefined && isTableDelimiter(below)) {
      facts.label = true;
      return facts;
    }
    if (isTableRow(text, lineStart)) {
      const firstBar = firstCellEnd(content);
      if (firstBar !== -1) facts.firstCellEnd = contentStart + firstBar;
    }
  }
  if (isTitleLine(content) && isStandaloneLine(text, lineStart, below)) {
    facts.label = true;
    return facts;
  }
  const first = content.charCodeAt(0);
  const item = canStartListMarker(first) ? LIST_MARKER.exec(content) : first === 40 ? ENUMERATOR.exec(content) : null;
  const leadOffset = item ? item[0].length : 0;
  if (content.charCodeAt(leadOffset) === 91 && TABLE_OF_CONTENTS_ENTRY.test(content.slice(leadOffset))) {
    facts.label = true;
    return facts;
  }
  const bold = opensBold(content, leadOffset) ? BOLD_LEAD.exec(content.slice(leadOffset)) : null;
  if (bold) {
    facts.boldStart = contentStart + leadOffset;
    facts.boldEnd = facts.boldStart + bold[0].length;
  }
  return facts;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `word` without the punctuation around it ("(Services)," → "Services"). */
function trimToLettersAndDigits(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !LETTER_OR_DIGIT.test(word[start]!)) start++;
  while (end > start && !LETTER_OR_DIGIT.test(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/** Two to twelve words, each significant one capitalised, no closing punctuation, no list marker or markup. */
function isTitleLine(content: string): boolean {
  const trimmed = content.trimEnd();
  if (trimmed.length === 0 || trimmed.length > TITLE_LINE_MAX || /[.!?:;,]$/u.test(trimmed) || /[|*_`[\]()<>#"“”]/u.test(trimmed)) return false;
  if (canStartListMarker(trimmed.charCodeAt(0)) && LIST_MARKER.test(trimmed)) return false;
  const words = trimmed.split(/[ \t]+/u);
  if (words.length < 2 || words.length > 12) return false;
  let significant = 0;
  for (const word of words) {
    const bare = trimToLettersAndDigits(word);
    if (bare === '' || TITLE_SMALL_WORDS.has(bare.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(bare)) return false;
    significant++;
  }
  return significant >= 2;
}

/** The line is a paragraph of its own: blank lines (or the text's edges) above and below, outside a block quote. */
function isStandaloneLine(text: string, lineStart: number, below: string | undefined): boolean {
  const above = previousLine(text, lineStart);
  const blank = (line: string | undefined) => line === undefined || line.trim() === '';
  return blank(above) && blank(below);
}

export function placeOnLine(text: string, start: number, end: number): LinePlace {
  let facts = lastLine;
  // The line read last holds `start` and was read whole from here: the same line as lineStartOf/lineEndOf would find.
  // The text compared last (it is the costly test when the two are equal but different objects, and
  // then the line remembers the caller's object: see adoptText in outline.ts).
  const reuse = facts !== undefined && facts.lineStart <= start && start < facts.lineEnd && facts.complete && facts.lineEnd <= start + LINE_REACH && facts.text === text;
  if (reuse) {
    facts!.text = text;
    if (facts!.lineStart < start - LINE_REACH) return { quoted: false, label: false }; // as lineStartOf's -1
  } else {
    const lineStart = lineStartOf(text, start);
    if (lineStart === -1) return { quoted: false, label: false }; // deep inside a very long line: prose
    lastLine = facts = readLine(text, lineStart, lineEndOf(text, start));
  }
  const { quoted } = facts!;
  const label = facts!.label || start < facts!.firstCellEnd || (facts!.boldStart !== -1 && start >= facts!.boldStart && end <= facts!.boldEnd);
  return { quoted, label };
}

/** A table row: a delimiter row stands somewhere above it with only table rows between. */
function isTableRow(text: string, lineStart: number): boolean {
  const memo = lineMemo(text, 'table-row');
  const walked: number[] = [];
  let answer = false;
  for (let cursor = lineStart; ;) {
    const known = memo.get(cursor);
    if (known !== undefined) {
      answer = known;
      break;
    }
    walked.push(cursor);
    const above = previousLine(text, cursor);
    if (above === undefined || !above.includes('|')) break;
    if (isTableDelimiter(above)) {
      answer = true;
      break;
    }
    cursor = lineStartOf(text, cursor - 1);
    if (cursor === -1) break;
  }
  for (const line of walked) memo.set(line, answer);
  return answer;
}

/** Where a row's first cell (a row label) ends, relative to the row's content, for rows of two or more cells; -1 otherwise. */
function firstCellEnd(row: string): number {
  const leading = row.startsWith('|') ? 1 : 0;
  return row.indexOf('|', leading);
}
