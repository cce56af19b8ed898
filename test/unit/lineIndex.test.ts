import assert from 'node:assert/strict';
import { lineAt, lineIndex, lineStartsOf } from '../../src/core/text/lineIndex';

describe('lineIndex', () => {
  it('counts \\n, \\r\\n and lone \\r as line ends', () => {
    const index = lineIndex('a\nb\r\nc\rd');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(2), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(5), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(7), { line: 3, character: 0 });
  });
  it('round-trips every offset', () => {
    const text = 'x\r\n😀y\n\nz\r';
    const index = lineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a \r\n pair
      assert.equal(index.offsetAt(index.positionAt(offset)), offset, `offset ${offset}`);
    }
  });
  it('clamps out-of-range input', () => {
    const index = lineIndex('ab');
    assert.deepEqual(index.positionAt(99), { line: 0, character: 2 });
    assert.deepEqual(index.positionAt(-3), { line: 0, character: 0 });
    assert.equal(index.offsetAt({ line: 5, character: 9 }), 2);
  });
  it('clamps a character past the line to the line end before its break, as the editor does', () => {
    // The CLI's copy returned the next line's start (past the break); the editor's offsetAt stops before it.
    const index = lineIndex('ab\r\ncd\ne');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 1, character: 99 }), 6);
    assert.equal(index.offsetAt({ line: 2, character: 99 }), 8);
  });
  it('gives each line with and without its break', () => {
    const index = lineIndex('one\r\ntwo\rthree\n\nfour');
    assert.deepEqual(
      [0, 1, 2, 3, 4].map((line) => index.lineText(line)),
      ['one', 'two', 'three', '', 'four'],
    );
    assert.deepEqual([index.lineStart(1), index.lineEnd(1)], [5, 8]);
    assert.deepEqual([index.lineStart(-1), index.lineEnd(-1), index.lineStart(9), index.lineEnd(9)], [0, 0, 20, 20]);
  });
  it('finds the same line starts with and without a \\r in the text (two code paths)', () => {
    const lf = 'a\nbb\n\nccc\n';
    assert.deepEqual(lineStartsOf(lf), [0, 2, 5, 6, 10]);
    assert.deepEqual(lineStartsOf(lf.replace(/\n/g, '\r\n')), [0, 3, 7, 9, 14]);
    assert.deepEqual(lineStartsOf('a\rb', 10), [10, 12]);
    const starts = lineStartsOf(lf);
    assert.deepEqual(
      [0, 1, 2, 4, 5, 9, 10].map((offset) => lineAt(starts, offset)),
      [0, 0, 1, 1, 2, 3, 4],
    );
  });
});
