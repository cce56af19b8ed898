import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { shortenLongBreaks } from '../../../src/core/markdown/longBreaks';
import { analyseScope } from '../../../src/core/markdown/scope';
import { lineStartsOf } from '../../../src/core/text/lineIndex';

const md = new MarkdownIt({ html: true });

/** What scope analysis reads of markdown-it's tokens: types, line maps, inline content. */
function structure(text: string): string[] {
  return md.parse(text, {}).map((token) => `${token.type} ${token.map?.join('-') ?? ''} ${token.type === 'inline' ? token.content : ''}`);
}

const shorten = (text: string) => shortenLongBreaks(text, lineStartsOf(text));

describe('markdown: long thematic breaks handed to markdown-it short', () => {
  it('cuts a long break to its indentation and three markers, keeping every line break', () => {
    const text = `Intro.\n\n  ${'_ '.repeat(300)}\nAfter.\r\n${'*'.repeat(400)}   \r\nend`;
    const short = shorten(text);
    assert.equal(short, 'Intro.\n\n  _ _ _\nAfter.\r\n***\r\nend');
  });

  it('returns the very same string when no line is long, and leaves long lines that are not breaks', () => {
    const text = 'a\n---\n***\n';
    assert.equal(shorten(text), text);
    const long = `${'-'.repeat(300)} x\n${'-=-'.repeat(100)}\n> ${'_'.repeat(300)}\n| ${'-'.repeat(300)} |\n`;
    assert.equal(shorten(long), long);
  });

  it('changes nothing markdown-it reads: same tokens, line maps and inline text (property)', () => {
    const longBreak = fc
      .record({
        indent: fc.constantFrom('', ' ', '   ', '    ', '\t'),
        marker: fc.constantFrom('-', '*', '_'),
        gap: fc.constantFrom('', ' ', '  ', '\t'),
        count: fc.integer({ min: 60, max: 400 }),
        trail: fc.constantFrom('', '  ', ' x'),
      })
      .map(({ indent, marker, gap, count, trail }) => indent + (marker + gap).repeat(count) + trail);
    const line = fc.oneof(
      longBreak,
      fc.constantFrom('We share data with partners.', '# Heading', '- item', '1. item', '> quoted', '```', '    code', '| a | b |', '|---|---|', '', 'Setext', '<div>', '</div>', '* * *', '---'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const short = shorten(text);
        assert.equal(short.split(/\r\n|\r|\n/).length, text.split(/\r\n|\r|\n/).length);
        assert.deepEqual(structure(short), structure(text));
      }),
      { numRuns: 300 },
    );
  });

  it('after front matter too: the lint masks the same text as it would unshortened', () => {
    const text = `---\ntitle: x\n---\nWe share data with partners.\n\n${'_'.repeat(5000)}\n\nAnd with affiliates.\n`;
    const analysis = analyseScope(text, 'prose');
    assert.equal(analysis.masked.length, text.length);
    assert.ok(analysis.masked.includes('We share data with partners.'));
    assert.ok(analysis.masked.includes('And with affiliates.'));
    assert.ok(!analysis.masked.includes('___'), 'the break itself is not text to lint');
    assert.deepEqual(
      analysis.blocks.map((block) => block.type),
      ['paragraph_open', 'hr', 'paragraph_open'],
    );
  });
});
