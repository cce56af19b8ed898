import assert from 'node:assert/strict';
import { MASK, maskOutOfScope } from '../../src/core/markdown/scope';
import { findFrontMatter } from '../../src/core/text/frontMatter';

/** The words of `text` that survive masking, in order. */
function visibleWords(text: string, scope: 'prose' | 'quotes' | 'everything'): string[] {
  const masked = maskOutOfScope(text, scope);
  assert.equal(masked.length, text.length, 'masking must keep offsets');
  return masked.split(new RegExp(`[\\s${MASK}]+`)).filter((word) => /\w/.test(word));
}

const DOCUMENT = [
  '---',
  'title: front-word',
  '---',
  '# heading-word',
  '',
  'prose-word `code-word` [link-word](http://dest-word.example "title-word") <!-- comment-word -->',
  '',
  '> quote-word',
  '> second-quote-word',
  '',
  '```',
  'fence-word',
  '```',
  '',
  '    indented-code-word',
  '',
  '<div>html-word</div>',
  '',
  '- item-word ![alt-word](img-word.png) <http://auto-word.example>',
  '',
  '| cell-word | `cell-code-word` |',
  '|---|---|',
  '| row-word | [x](y-word) |',
  '',
  '[ref-word]: http://refdest-word.example',
].join('\n');

describe('maskOutOfScope', () => {
  it('keeps prose, headings, lists, tables and quotes; drops code, front matter, HTML and destinations', () => {
    assert.deepEqual(visibleWords(DOCUMENT, 'prose'), ['heading-word', 'prose-word', '[link-word]', 'quote-word', 'second-quote-word', 'item-word', 'cell-word', 'row-word', '[x]']);
  });
  it('keeps only block quotes in "quotes" scope', () => {
    assert.deepEqual(visibleWords(DOCUMENT, 'quotes'), ['quote-word', 'second-quote-word']);
  });
  it('keeps everything in "everything" scope', () => {
    assert.equal(maskOutOfScope(DOCUMENT, 'everything'), DOCUMENT);
  });
  it('turns block-quote markers into spaces so quoted phrases can span lines', () => {
    const text = '> legitimate\n> interests\n';
    assert.equal(maskOutOfScope(text, 'prose'), '  legitimate\n  interests\n');
  });
  it('handles CRLF line endings', () => {
    const text = 'a `b` c\r\n\r\n```\r\nd\r\n```\r\n';
    const masked = maskOutOfScope(text, 'prose');
    assert.equal(masked.length, text.length);
    assert.deepEqual(visibleWords(text, 'prose'), ['a', 'c']);
  });
  it('masks an autolink after a NUL character, and only the autolink', () => {
    const masked = maskOutOfScope('partners < 3 \u0000 <https://example.com> affiliates', 'prose');
    assert.equal(masked, `partners < 3 \u0000 ${MASK.repeat('<https://example.com>'.length)} affiliates`);
  });
  it('does not throw on unterminated constructs', () => {
    for (const text of ['```\nunclosed', '`unclosed code', '[text](unclosed', '<!-- open', '---\nno end', '> ', '']) {
      assert.equal(maskOutOfScope(text, 'prose').length, text.length);
    }
  });
});

describe('findFrontMatter', () => {
  it('finds a block closed by --- or ...', () => {
    assert.deepEqual(findFrontMatter('---\na: 1\n---\nrest'), { start: 0, end: 13, contentStart: 4, contentEnd: 9 });
    assert.equal(findFrontMatter('---\na: 1\n...\n')?.end, 13);
  });
  it('ignores a document that does not start with ---, or never closes it', () => {
    assert.equal(findFrontMatter('text\n---\na\n---\n'), undefined);
    assert.equal(findFrontMatter('---\na: 1\n'), undefined);
  });
});
