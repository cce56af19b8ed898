// Sentences of a Markdown policy for the "share of sentences with a squiggle" figure: the text is
// split into blocks at blank lines and list items, and each block into sentences with
// Intl.Segmenter (built into Node). Markup lines (front matter, fences, tables' delimiter rows) are skipped.

export interface SentenceSpan {
  start: number;
  end: number;
}

export function sentencesOf(text: string, bodyStart: number): SentenceSpan[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: SentenceSpan[] = [];
  const blocks = /(?:^|\n)([ \t>]*)([^\n]+(?:\n(?![ \t>]*\n)(?![ \t>]*(?:[-*+]|\d+[.)])\s)[^\n]+)*)/g;
  for (const block of text.slice(bodyStart).matchAll(blocks)) {
    const content = block[2]!;
    if (/^(?:```|~~~|\|?\s*:?-{3,})/.test(content.trim())) continue;
    const offset = bodyStart + block.index! + block[0].length - content.length;
    for (const segment of segmenter.segment(content)) {
      if (!/[\p{L}]{2,}/u.test(segment.segment)) continue;
      spans.push({ start: offset + segment.index, end: offset + segment.index + segment.segment.length });
    }
  }
  return spans;
}
