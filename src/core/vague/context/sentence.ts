// The sentence around a finding, found locally (a few hundred characters each way), so the cost is
// per finding, not per document, and the same whether the document is linted whole or in parts.
// A sentence ends at ". ", "! ", "? " (not after common abbreviations), at a blank line, and at the
// start of a heading, list item or table row.
import { asciiTwinned } from '../../text/asciiTwinned';
import { isWhiteSpaceCode } from '../../text/whiteSpace';

/** Farthest a sentence is followed in each direction; longer "sentences" are cut there. */
export const SENTENCE_REACH = 600;
const REACH = SENTENCE_REACH;
/** Abbreviations whose dot does not end a sentence ("e.g. Google", "Art. 6", "Inc. and"; German "z. B.", "insb.", "Abs.", "u. U."). */
export const ABBREVIATION = asciiTwinned(
  () =>
    /(?:^|[^\p{L}])(?:e\.g|i\.e|etc|inc|ltd|co|corp|art|arts|no|nos|para|sec|cf|vs|mr|mrs|ms|dr|st|u\.s|u\.k|e\.u|approx|incl|esp|viz|fig|p|pp|ch|vol|lit|sent|s|ss|cl|subs|sect|para|paras|let|z\.\s?b|d\.\s?h|u\.\s?a|u\.\s?u|o\.\s?ä|insb|ggf|ggfs|evtl|bzw|abs|nr|vgl|usw|ca|inkl|sog|bspw|gem|z|d|u|o)$/iu,
);
/**
 * The letters each ABBREVIATION ends in after its last dot or space ("e.g" ends in "g", "z. B" in
 * "b"): a dot after any other word ends the sentence without trying the pattern, which is most dots.
 */
const ABBREVIATION_ENDINGS: ReadonlySet<string> = new Set(
  /\(\?:([^)]*)\)\$/u
    .exec(ABBREVIATION.source)![1]!
    .split('|')
    .map((alternative) =>
      alternative
        .split(/\\\.|\\s\??/u)
        .pop()!
        .toLowerCase(),
    ),
);

/** Whether the dot at `dot` follows an abbreviation (ABBREVIATION, read on the eight characters before it). */
export function isAbbreviationDot(text: string, dot: number): boolean {
  const windowStart = Math.max(0, dot - 8);
  let wordStart = dot;
  while (wordStart > windowStart && isLetterAt(text, wordStart - 1)) wordStart--;
  // "ſ" is the one letter /iu folds to an ASCII letter that toLowerCase leaves alone ("K" becomes "k").
  const word = text.slice(wordStart, dot).toLowerCase().replace(/ſ/gu, 's');
  if (!ABBREVIATION_ENDINGS.has(word)) return false;
  return ABBREVIATION.test(text.slice(windowStart, dot));
}

const LETTER = /\p{L}/u;
function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(text[index]!);
}

/** A line that starts a new block: heading, list item, table row, or a quote marker alone. */
const BLOCK_START = /^[ \t>]*(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]|\|)/;

export interface Span {
  start: number;
  end: number;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Whether text[lineStart…] is blank (spaces, tabs and quote markers only) up to its line break. */
function isBlankLine(text: string, lineStart: number): boolean {
  for (let i = lineStart; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) return true;
    if (code !== 32 && code !== 9 && code !== 62) return false;
  }
  return true;
}

function startsBlock(text: string, lineStart: number): boolean {
  return BLOCK_START.test(text.slice(lineStart, lineStart + 16));
}

/** Start of the sentence holding `offset`. */
export function sentenceStart(text: string, offset: number): number {
  const limit = Math.max(0, offset - REACH);
  for (let i = offset - 1; i >= limit; i--) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      const lineStart = i + 1;
      if (startsBlock(text, lineStart)) return lineStart;
      // A blank line before this one ends the paragraph.
      let previous = i - 1;
      if (code === 10 && text.charCodeAt(previous) === 13) previous--;
      let previousStart = previous;
      while (previousStart >= 0 && !isLineBreak(text.charCodeAt(previousStart))) previousStart--;
      if (previous < 0 || isBlankLine(text, previousStart + 1)) return lineStart;
      continue;
    }
    if ((code === 46 || code === 33 || code === 63) && i + 1 < offset && isWhiteSpaceCode(text.charCodeAt(i + 1))) {
      if (code === 46 && isAbbreviationDot(text, i)) continue;
      return i + 1;
    }
  }
  return limit;
}

/** End of the sentence holding `offset` (just past its closing punctuation, or at the line break). */
export function sentenceEnd(text: string, offset: number): number {
  const limit = Math.min(text.length, offset + REACH);
  for (let i = offset; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      let next = i + 1;
      if (code === 13 && text.charCodeAt(next) === 10) next++;
      if (next >= text.length || isBlankLine(text, next) || startsBlock(text, next)) return i;
      continue;
    }
    if ((code === 46 || code === 33 || code === 63) && (i + 1 >= text.length || isWhiteSpaceCode(text.charCodeAt(i + 1)))) {
      if (code === 46 && isAbbreviationDot(text, i)) continue;
      return i + 1;
    }
  }
  return limit;
}

export function sentenceAround(text: string, start: number, end: number): Span {
  return { start: sentenceStart(text, start), end: sentenceEnd(text, end) };
}
