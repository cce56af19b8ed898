// The text edits behind the linter's quick fixes, as pure functions so they are unit-tested
// without an editor: insert the question to ask after the sentence, and disable a rule for a line
// or for the file with an inline comment.
import { findFrontMatter } from '../text/frontMatter';
import { lineBreakOf, type TextEdit } from '../edits/textEdit';

export const QUESTION_FORMATS = ['inline', 'comment', 'footnote'] as const;
export type QuestionFormat = (typeof QUESTION_FORMATS)[number];

/** Offset just after the sentence containing `offset`: after its . ! or ?, or at its paragraph's end. */
export function sentenceEnd(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const char = text[i]!;
    if (char === '.' || char === '!' || char === '?') {
      let end = i + 1;
      while (end < text.length && /["'”’)\]*_]/.test(text[end]!)) end++; // closing quotes and emphasis belong to the sentence
      if (end >= text.length || /\s/.test(text[end]!)) return end;
    } else if (char === '\n' || char === '\r') {
      // A blank line (or a line that starts another block) ends the paragraph.
      const rest = text.slice(i).match(/^(\r\n|\r|\n)[ \t>]*(?:\r\n|\r|\n|$)/);
      if (rest) return i;
    }
  }
  return text.length;
}

/** The label that starts every inserted question; the linter does not check text it introduces. */
export const QUESTION_LABEL = 'Question to ask';

/** A line inside a block quote: quoted policy text that a quick fix must not change. */
const QUOTE_LINE = /^[ \t]{0,3}>/;

/**
 * The end of the block quote holding `offset` (just past its last line's text), or undefined when
 * `offset` is not in a block quote. Lazy continuation lines (no ">") belong to the quote until a blank line.
 */
export function quoteBlockEnd(text: string, offset: number): number | undefined {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  if (!QUOTE_LINE.test(text.slice(lineStart, lineStart + 8))) return undefined;
  let end = offset;
  for (;;) {
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    if (next >= text.length) return end;
    let nextEnd = next;
    while (nextEnd < text.length && text[nextEnd] !== '\n' && text[nextEnd] !== '\r') nextEnd++;
    const line = text.slice(next, nextEnd);
    // A blank line, or one holding only quote markers, ends the quote's paragraph.
    if (line.replace(/[ \t>]/g, '') === '') return end;
    end = next;
  }
}

export function questionNoteEdits(text: string, findingEnd: number, question: string, format: QuestionFormat): TextEdit[] {
  const label = QUESTION_LABEL;
  const eol = lineBreakOf(text);
  // Quoted policy text stays as quoted: the question goes after the quote, as the author's own paragraph.
  const afterQuote = quoteBlockEnd(text, findingEnd);
  const at = afterQuote ?? sentenceEnd(text, findingEnd);
  const lead = afterQuote === undefined ? ' ' : `${eol}${eol}`;
  let number = 1;
  while (text.includes(`[^q${number}]`)) number++;
  switch (format) {
    case 'inline':
      return [{ start: at, end: at, newText: `${lead}*(${label}: ${question})*` }];
    case 'comment':
      return [{ start: at, end: at, newText: `${lead}<!-- ${label}: ${question.replace(/--/g, '—')} -->` }];
    case 'footnote': {
      const tail = text.endsWith('\n') || text.endsWith('\r') ? '' : eol;
      return [
        { start: at, end: at, newText: afterQuote === undefined ? `[^q${number}]` : `${lead}*(${label})*[^q${number}]` },
        { start: text.length, end: text.length, newText: `${tail}${eol}[^q${number}]: ${label}: ${question}${eol}` },
      ];
    }
  }
}

/** Appends `<!-- right-to-object-disable-line RULE -->` to the end of the line holding `offset`. */
export function disableLineEdit(text: string, offset: number, ruleId: string): TextEdit {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start: end, end, newText: ` <!-- right-to-object-disable-line ${ruleId} -->` };
}

/** Inserts `<!-- right-to-object-disable RULE -->` at the top of the document, after any front matter. */
export function disableFileEdit(text: string, ruleId: string): TextEdit {
  const at = findFrontMatter(text)?.end ?? 0;
  return { start: at, end: at, newText: `<!-- right-to-object-disable ${ruleId} -->${lineBreakOf(text)}` };
}
